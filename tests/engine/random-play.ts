// A test helper: plays a session by picking among the available choices with given numbers.
import { createSession, type Session } from '../../src/engine/create-session';
import { roleGraph } from '../../src/engine/role-graph';
import type { Role, Scenario } from '../../src/engine/schema';
import { wordProblem } from '../../src/i18n/problem-words';

/** Steps from each node of a role to its nearest ending (conditions ignored), by backward search. */
function distanceToEnding(role: Role): Map<string, number> {
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of roleGraph(role).edges)
    for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const dist = new Map(role.endings.map((e) => [e.id, 0]));
  const queue = role.endings.map((e) => e.id);
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const p of reverse.get(node) ?? []) {
      if (!dist.has(p)) {
        dist.set(p, (dist.get(node) ?? 0) + 1);
        queue.push(p);
      }
    }
  }
  return dist;
}

/** Every way a session can start: each role alone, and the campaign if there is one. */
export function startsOf(s: Scenario): ({ role: string } | { campaign: true })[] {
  return [
    ...s.roles.map((r) => ({ role: r.id })),
    ...(s.campaign ? [{ campaign: true as const }] : []),
  ];
}

/**
 * Plays from `start`, taking available choice `picks[i] % n` at the i-th decision (once picks run
 * out, the available choice nearest an ending, so that loops end), continuing, rejoining and handing over as needed, until the session finishes or
 * `maxSteps` steps pass. Returns the session and whether it finished at an ending.
 */
export function randomPlay(
  s: Scenario,
  start: { role: string } | { campaign: true },
  picks: readonly number[],
  maxSteps = 10_000,
): { session: Session; finished: boolean; steps: number } {
  const session = createSession(s);
  let at = 1;
  if (!session.start(start, { at: at++ }).ok)
    throw new Error(`could not start ${JSON.stringify(start)}`);
  let decision = 0;
  const distances = new Map(s.roles.map((r) => [r.id, distanceToEnding(r)]));
  for (let step = 0; step < maxSteps; step++) {
    const v = session.view();
    let r;
    if (v.phase === 'beat' && v.canContinue) r = session.continue({ at: at++ });
    else if (v.phase === 'beat') {
      const available = v.choices;
      if (available.length === 0) return { session, finished: false, steps: step };
      const beat = s.roles.find((r) => r.id === v.role?.id)?.beats.find((b) => b.id === v.beat?.id);
      const far = (id: string): number =>
        distances
          .get(v.role?.id ?? '')
          ?.get(beat?.decision?.choices.find((c) => c.id === id)?.next ?? '') ?? Infinity;
      const nearest = [...available].sort((a, b) => far(a.id) - far(b.id))[0];
      const p = picks[decision++];
      const pick = p === undefined ? nearest : available[p % available.length];
      r = session.choose(pick?.id ?? '', { at: at++, rationale: `step ${step}` });
    } else if (v.phase === 'rejoin') r = session.rejoinHistory({ at: at++ });
    else if (v.phase === 'ending' && v.nextRole) r = session.nextRole({ at: at++ });
    else return { session, finished: v.phase === 'ending' && v.finished, steps: step };
    if (!r.ok) throw new Error(wordProblem(r.message));
  }
  return { session, finished: false, steps: maxSteps };
}
