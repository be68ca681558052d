import { problem, type ProblemMessage } from './problem-message';
import type { Condition, Effects, Role } from './schema';

type Path = (string | number)[];

/**
 * A role's briefing is read as the role starts, so its variants may depend only on what happened
 * before: not on a fact, meter or choice the role's own choices and endings change.
 */
export function roleVariantReadsOwnWorld(
  r: Role,
  when: Condition,
  path: Path,
  err: (path: Path, code: string, message: ProblemMessage) => void,
): void {
  const own = new Set<string>();
  const take = (e: Effects | undefined): void => {
    Object.keys(e?.set ?? {}).forEach((f) => own.add(`fact:${f}`));
    Object.keys(e?.add ?? {}).forEach((m) => own.add(`meter:${m}`));
  };
  r.beats.forEach((b) => b.decision?.choices.forEach((c) => take(c.effects)));
  r.endings.forEach((e) => take(e.effects));
  const stack: Condition[] = [when];
  for (let c = stack.pop(); c; c = stack.pop()) {
    const read =
      'fact' in c
        ? ({ kind: 'fact', id: c.fact } as const)
        : 'meter' in c
          ? ({ kind: 'meter', id: c.meter } as const)
          : 'chose' in c && c.chose.startsWith(`${r.id}.`)
            ? ({ kind: 'choice', id: c.chose } as const)
            : undefined;
    if (read && (read.kind === 'choice' || own.has(`${read.kind}:${read.id}`)))
      err(
        path,
        'variant-reads-own-world',
        problem('scenarioRules.variantReadsOwnWorld', { role: r.id, ...read }),
      );
    // Part by part: spreading a list of 100,000 conditions into push() overflows the stack.
    if ('all' in c) for (const part of c.all) stack.push(part);
    else if ('any' in c) for (const part of c.any) stack.push(part);
    else if ('not' in c) stack.push(c.not);
  }
}
