/**
 * Every team decides: for each team, the choice it made and its reason in one line. The story
 * follows the choice most teams made; a tie is asked again between the tied choices.
 */
import type { ChoiceView } from '../../engine/view-types';
import { MAX_REASON_CHARS } from '../../engine/limits';
import type { RoomCommand } from '../../facilitation/room-session';
import { button, el } from '../dom';

type RecordDecision = Extract<RoomCommand, { type: 'record-decision' }>;

/** The form: one row per team (choice, reason), and one button to record them all. */
export function teamVoteForm(
  teams: readonly string[],
  choices: readonly ChoiceView[],
  tie: { choices: string[] } | null,
  record: (command: RecordDecision) => void,
): HTMLElement {
  const open = tie ? choices.filter((choice) => tie.choices.includes(choice.id)) : choices;
  const rows = teams.map((team, index) => {
    const select = el(
      'select',
      { id: `team-choice-${index}`, className: 'team-choice' },
      el('option', { text: 'Choose…', attrs: { value: '' } }),
      ...open.map((choice) =>
        el('option', { text: `${choice.index + 1}. ${choice.label}`, attrs: { value: choice.id } }),
      ),
    );
    const reason = el('input', {
      id: `team-reason-${index}`,
      className: 'team-reason',
      attrs: { type: 'text', maxlength: String(MAX_REASON_CHARS), autocomplete: 'off' },
    });
    const row = el(
      'fieldset',
      { className: 'team-vote' },
      el('legend', { text: team }),
      el('label', { attrs: { for: select.id }, text: `${team} chose` }),
      select,
      el('label', { attrs: { for: reason.id }, text: `${team}’s reason, in one line` }),
      reason,
    );
    return { team, select, reason, row };
  });
  const recordAll = (): void =>
    record({
      type: 'record-decision',
      rationale: '',
      teams: rows
        .filter((entry) => entry.select.value !== '')
        .map((entry) => ({
          team: entry.team,
          choice: entry.select.value,
          ...(entry.reason.value.trim() ? { reason: entry.reason.value } : {}),
        })),
    });
  return el(
    'section',
    { className: 'vote-form team-vote-form', attrs: { 'aria-labelledby': 'vote-heading' } },
    el('h2', { id: 'vote-heading', text: 'Every team’s decision' }),
    tie
      ? el('p', {
          className: 'room-tie',
          text: `A tie: ask the teams again between ${open.map((c) => `“${c.label}”`).join(' and ')}.`,
        })
      : el('p', { className: 'hint', text: 'The story follows the choice most teams made.' }),
    ...rows.map((entry) => entry.row),
    button('Record the teams’ choices', recordAll, 'primary'),
  );
}
