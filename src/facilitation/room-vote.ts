/**
 * A room's decision: a choice named directly, or a vote tally whose winner is taken. A tie is not
 * broken by the game: the room is asked again, between the tied choices.
 */
import { MAX_VOTES } from '../engine/limits';
import type { ChoiceView } from '../engine/view-types';
import { t } from '../i18n/translate';

export type VoteResult =
  | { kind: 'decided'; choice: string; tally?: Record<string, number> }
  | { kind: 'tie'; choices: string[]; tally: Record<string, number> }
  | { kind: 'refused'; message: string };

export function decideVote(
  choices: readonly ChoiceView[],
  input: { choice?: string; tally?: Record<string, number> },
): VoteResult {
  const known = new Map(choices.map((choice) => [choice.id, choice.label]));
  if (input.tally === undefined) {
    if (input.choice === undefined || !known.has(input.choice))
      return { kind: 'refused', message: t('roomRefusals.pickOrVote') };
    return { kind: 'decided', choice: input.choice };
  }
  const tally: Record<string, number> = {};
  for (const [id, count] of Object.entries(input.tally)) {
    if (!known.has(id))
      return { kind: 'refused', message: t('roomRefusals.notAChoice', { choice: id }) };
    if (!Number.isInteger(count) || count < 0 || count > MAX_VOTES)
      return {
        kind: 'refused',
        message: t('roomRefusals.votesRange', { label: known.get(id) ?? '', max: MAX_VOTES }),
      };
    if (count > 0) tally[id] = count;
  }
  const counts = Object.values(tally);
  if (counts.length === 0) return { kind: 'refused', message: t('roomRefusals.noVotes') };
  const most = Math.max(...counts);
  const leaders = Object.keys(tally).filter((id) => tally[id] === most);
  if (leaders.length > 1) return { kind: 'tie', choices: leaders, tally };
  return { kind: 'decided', choice: leaders[0] as string, tally };
}

/** "7-5-2": the counts, largest first, as a room reads a show of hands. */
export function tallyText(tally: Record<string, number>): string {
  return Object.values(tally)
    .sort((a, b) => b - a)
    .join('-');
}
