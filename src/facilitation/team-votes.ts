/**
 * Every team decides: each team's choice and reason, checked against the plan's teams and the
 * choices open (in a second round, only the tied ones), and counted as a tally so the story
 * follows the choice most teams made (a tie is asked again, as for a show of hands).
 */
import { MAX_REASON_CHARS } from '../engine/limits';
import type { TeamVote } from '../engine/log-entry-schema';
import { viewOf, type FlowSnapshot } from '../flow/flow';
import { t } from '../i18n/translate';

/** The checked votes and their tally; no votes when the command carries none. */
export type CheckedTeamVotes =
  { votes: TeamVote[]; tally: Record<string, number> } | { votes: null } | { message: string };

/** Checks the teams' votes for the decision the flow is at. */
export function teamVotes(
  flow: FlowSnapshot,
  votes: readonly TeamVote[] | undefined,
): CheckedTeamVotes {
  if (votes === undefined) return { votes: null };
  const teams = flow.context.room?.record.plan.everyTeam ?? [];
  if (teams.length === 0) return { message: t('roomRefusals.oneTeamPerRole') };
  const tie = flow.context.room?.tie;
  const open = new Map(viewOf(flow).choices.map((choice) => [choice.id, choice.label]));
  const allowed = tie ? new Set(tie.choices) : new Set(open.keys());
  const checked: TeamVote[] = [];
  for (const vote of votes) {
    if (!teams.includes(vote.team))
      return { message: t('roomRefusals.notATeam', { team: vote.team }) };
    if (checked.some((seen) => seen.team === vote.team))
      return { message: t('roomRefusals.twoVotes', { team: vote.team }) };
    if (!allowed.has(vote.choice))
      return {
        message: open.has(vote.choice)
          ? t('roomRefusals.tiedChoices', { team: vote.team })
          : t('roomRefusals.notAChoice', { choice: vote.choice }),
      };
    const reason = vote.reason?.trim().slice(0, MAX_REASON_CHARS);
    checked.push({ team: vote.team, choice: vote.choice, ...(reason ? { reason } : {}) });
  }
  if (checked.length === 0) return { message: t('roomRefusals.noTeamVotes') };
  const tally: Record<string, number> = {};
  for (const vote of checked) tally[vote.choice] = (tally[vote.choice] ?? 0) + 1;
  return { votes: checked, tally };
}
