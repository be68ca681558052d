import { createSession, type Session } from './create-session';
import { problem, type ProblemMessage } from './problem-message';
import type { Scenario } from './schema';
import { decisionExtras } from './log-entry-schema';
import type { LogEntry } from './session-types';

/** The result of replaying a log: the session it leads to, or why it does not fit. */
export type ReplayResult = { ok: true; session: Session } | { ok: false; message: ProblemMessage };

/** Replays a log step by step on a fresh session; the same log always gives the same snapshot. */
export function replay(scenario: Scenario, log: readonly LogEntry[]): ReplayResult {
  const session = createSession(scenario);
  for (const [i, e] of log.entries()) {
    const result =
      e.type === 'start'
        ? session.start(e.campaign ? { campaign: true } : { role: e.role ?? '' }, { at: e.at })
        : e.type === 'choose'
          ? (expectAt(session, e.role, e.beat) ??
            session.choose(e.choice, { at: e.at, ...decisionExtras(e) }))
          : e.type === 'continue'
            ? (expectAt(session, e.role, e.beat) ?? session.continue({ at: e.at }))
            : e.type === 'next-role'
              ? session.nextRole({ at: e.at })
              : session.rejoinHistory({ at: e.at });
    if (!result.ok)
      return {
        ok: false,
        message: problem('playRefusals.stepMisfit', { step: `${i + 1}`, detail: result.message }),
      };
  }
  return { ok: true, session };
}

function expectAt(
  session: Session,
  role: string,
  beat: string,
): { ok: false; message: ProblemMessage } | undefined {
  const v = session.view();
  return v.role?.id === role && v.beat?.id === beat
    ? undefined
    : { ok: false, message: problem('playRefusals.expectedBeat', { beat, role }) };
}
