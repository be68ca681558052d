/**
 * Every team decides: for each team, the choice it made and its reason in one line. The story
 * follows the choice most teams made; a tie is asked again between the tied choices. With phones
 * in the room, each row says what that team's phones picked, and one button fills the rows in;
 * the facilitator can still change any row before recording.
 */
import type { ChoiceView } from '../../engine/view-types';
import { MAX_REASON_CHARS } from '../../engine/limits';
import type { Ballot } from '../../facilitation/live-vote';
import type { RoomCommand } from '../../facilitation/room-session';
import type { PhoneTeamVote } from '../../facilitation/team-ballots';
import { button, el } from '../dom';

type RecordDecision = Extract<RoomCommand, { type: 'record-decision' }>;

/** Phones voting while every team decides. */
export interface TeamPhones {
  /** Each team's phone vote, and the phones whose team is none of the session's. */
  votes: { perTeam: PhoneTeamVote[]; unmatched: Ballot[] };
  /** Closes the phones' vote and records the teams' choices with the phones' reasons. */
  closeAndRecord: (command: RecordDecision) => void;
}

function phoneLine(vote: PhoneTeamVote | undefined, open: readonly ChoiceView[]): string {
  if (!vote || vote.phones === 0) return 'No phone has voted for this team yet.';
  const voted = `${vote.phones} ${vote.phones === 1 ? 'phone' : 'phones'}`;
  const picked = open.find((choice) => choice.id === vote.choice);
  return picked
    ? `Phones: ${voted}, most chose “${picked.label}”.`
    : `Phones: ${voted}, split evenly: ask the team.`;
}

function unmatchedLine(unmatched: readonly Ballot[]): HTMLElement | null {
  if (unmatched.length === 0) return null;
  const named = [...new Set(unmatched.map((b) => b.team.trim() || 'no team'))];
  return el('p', {
    className: 'hint team-phones-unmatched',
    text: `${unmatched.length} ${unmatched.length === 1 ? 'phone gave' : 'phones gave'} a team that is not in this session (${named.map((n) => `“${n}”`).join(', ')}): not counted for any team. They can rejoin with their team’s name.`,
  });
}

/** The form: one row per team (choice, reason), and one button to record them all. */
export function teamVoteForm(
  teams: readonly string[],
  choices: readonly ChoiceView[],
  tie: { choices: string[] } | null,
  record: (command: RecordDecision) => void,
  phones?: TeamPhones,
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
      phones
        ? el('p', {
            className: 'hint team-phones',
            text: phoneLine(phones.votes.perTeam[index], open),
          })
        : null,
    );
    return { team, select, reason, row };
  });
  const fillFromPhones = (): void => {
    rows.forEach((entry, index) => {
      const vote = phones?.votes.perTeam[index];
      if (!vote?.choice || !open.some((choice) => choice.id === vote.choice)) return;
      entry.select.value = vote.choice;
      if (vote.reason && !entry.reason.value.trim()) entry.reason.value = vote.reason;
    });
  };
  const recordAll = (): void =>
    (phones?.closeAndRecord ?? record)({
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
    phones ? unmatchedLine(phones.votes.unmatched) : null,
    phones ? button('Fill in from phones', fillFromPhones, 'secondary', 'team-fill-phones') : null,
    button('Record the teams’ choices', recordAll, 'primary'),
  );
}
