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
  err: (path: Path, code: string, message: string) => void,
): void {
  const own = new Set<string>();
  const take = (e: Effects | undefined): void => {
    Object.keys(e?.set ?? {}).forEach((f) => own.add(`fact '${f}'`));
    Object.keys(e?.add ?? {}).forEach((m) => own.add(`meter '${m}'`));
  };
  r.beats.forEach((b) => b.decision?.choices.forEach((c) => take(c.effects)));
  r.endings.forEach((e) => take(e.effects));
  const stack: Condition[] = [when];
  for (let c = stack.pop(); c; c = stack.pop()) {
    const read =
      'fact' in c
        ? `fact '${c.fact}'`
        : 'meter' in c
          ? `meter '${c.meter}'`
          : 'chose' in c && c.chose.startsWith(`${r.id}.`)
            ? `choice '${c.chose}'`
            : undefined;
    if (read && (own.has(read) || read.startsWith('choice')))
      err(
        path,
        'variant-reads-own-world',
        `a variant of role '${r.id}' reads ${read}, which the role itself changes; a briefing is read as the role starts, so it may depend only on what happened before (use a beat's variants for what changes during the role)`,
      );
    // Part by part: spreading a list of 100,000 conditions into push() overflows the stack.
    if ('all' in c) for (const part of c.all) stack.push(part);
    else if ('any' in c) for (const part of c.any) stack.push(part);
    else if ('not' in c) stack.push(c.not);
  }
}
