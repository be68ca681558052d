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
import { t } from '../../i18n/translate';
import { quotedList } from './vote-form';

type RecordDecision = Extract<RoomCommand, { type: 'record-decision' }>;

/** Phones voting while every team decides. */
export interface TeamPhones {
  /** Each team's phone vote, and the phones whose team is none of the session's. */
  votes: { perTeam: PhoneTeamVote[]; unmatched: Ballot[] };
  /** Closes the phones' vote and records the teams' choices with the phones' reasons. */
  closeAndRecord: (command: RecordDecision) => void;
}

function phoneLine(vote: PhoneTeamVote | undefined, open: readonly ChoiceView[]): string {
  if (!vote || vote.phones === 0) return t('roomVote.noPhoneVote');
  const picked = open.find((choice) => choice.id === vote.choice);
  return picked
    ? t('roomVote.phonesMost', { phones: vote.phones, choice: picked.label })
    : t('roomVote.phonesSplit', { phones: vote.phones });
}

function unmatchedLine(unmatched: readonly Ballot[]): HTMLElement | null {
  if (unmatched.length === 0) return null;
  const named = [...new Set(unmatched.map((b) => b.team.trim() || t('roomVote.noTeam')))];
  const teams = named.map((name) => t('roomVote.quoted', { text: name })).join(', ');
  return el('p', {
    className: 'hint team-phones-unmatched',
    text: t('roomVote.unmatched', { count: unmatched.length, teams }),
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
      el('option', { text: t('roomVote.choose'), attrs: { value: '' } }),
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
      el('label', { attrs: { for: select.id }, text: t('roomVote.teamChose', { team }) }),
      select,
      el('label', { attrs: { for: reason.id }, text: t('roomVote.teamReason', { team }) }),
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
    el('h2', { id: 'vote-heading', text: t('roomVote.teamsHeading') }),
    tie
      ? el('p', {
          className: 'room-tie',
          text: t('roomVote.teamsTie', { choices: quotedList(open) }),
        })
      : el('p', { className: 'hint', text: t('roomVote.followsMost') }),
    ...rows.map((entry) => entry.row),
    phones ? unmatchedLine(phones.votes.unmatched) : null,
    phones
      ? button(t('roomVote.fillFromPhones'), fillFromPhones, 'secondary', 'team-fill-phones')
      : null,
    button(t('roomVote.recordTeams'), recordAll, 'primary'),
  );
}
