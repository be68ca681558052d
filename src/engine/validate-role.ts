import { didYouMean } from './did-you-mean';
import { roleGraph } from './role-graph';
import { roleVariantReadsOwnWorld } from './validate-role-variants';
import type { Condition, Effects, Outcome, Role } from './schema';

type Path = (string | number)[];

/** The scenario-wide checks a role's validation reuses. */
export interface RoleCheck {
  err: (path: Path, code: string, message: string, hint?: () => string) => void;
  ref: (path: Path, kind: string, id: string, known: Set<string>, what: string) => void;
  cite: (path: Path, ids: string[] | undefined, what: string) => void;
  effects: (path: Path, e: Effects | undefined, what: string) => void;
  condition: (path: Path, c: Condition, what: string) => void;
  outcome: (path: Path, o: Outcome | undefined, what: string) => void;
  meters: Set<string>;
  facts: Set<string>;
}

/** Checks one role: its ids, references, effects, conditions, outcomes and reachability. */
export function validateRole(r: Role, rp: Path, v: RoleCheck): void {
  const { err, ref } = v;
  const beatIds = new Set(r.beats.map((b) => b.id));
  const nodes = new Set([...beatIds, ...r.endings.map((e) => e.id)]);
  if (nodes.size !== r.beats.length + r.endings.length)
    uniqueAt(
      [
        ...r.beats.map((b, i) => ({ id: b.id, path: [...rp, 'beats', i] })),
        ...r.endings.map((e, i) => ({ id: e.id, path: [...rp, 'endings', i] })),
      ],
      `beat or ending of role '${r.id}'`,
      err,
    );
  if (!beatIds.has(r.start)) {
    err(
      [...rp, 'start'],
      'dangling-reference',
      `role '${r.id}' starts at beat '${r.start}', which does not exist`,
      () => didYouMean(r.start, beatIds),
    );
  }
  (r.meters ?? []).forEach((m, i) =>
    ref([...rp, 'meters', i], 'meter', m, v.meters, `role '${r.id}'`),
  );
  if (r.requires) {
    v.condition([...rp, 'requires'], r.requires, `the 'requires' of role '${r.id}'`);
    if (!r.rejoinHistory)
      err(
        [...rp, 'requires'],
        'requires-without-rejoin',
        `role '${r.id}' has 'requires' but no 'rejoinHistory' for when it does not hold`,
      );
  }
  r.variants?.forEach((x, i) => {
    const p = [...rp, 'variants', i, 'when'];
    v.condition(p, x.when, `variant ${i + 1} of role '${r.id}'`);
    roleVariantReadsOwnWorld(r, x.when, p, v.err);
  });
  r.rejoinHistory?.variants?.forEach((x, i) =>
    v.condition(
      [...rp, 'rejoinHistory', 'variants', i, 'when'],
      x.when,
      `variant ${i + 1} of the rejoinHistory of role '${r.id}'`,
    ),
  );
  if (r.rejoinHistory) {
    v.cite(
      [...rp, 'rejoinHistory', 'cites'],
      r.rejoinHistory.cites,
      `the rejoinHistory of role '${r.id}'`,
    );
    v.effects(
      [...rp, 'rejoinHistory', 'effects'],
      r.rejoinHistory.effects,
      `the rejoinHistory of role '${r.id}'`,
    );
  }
  unique(r.injects ?? [], [...rp, 'injects'], `inject of role '${r.id}'`, err);
  (r.injects ?? []).forEach((inj, i) => {
    const p = [...rp, 'injects', i];
    if (!beatIds.has(inj.at)) {
      err(
        [...p, 'at'],
        'dangling-reference',
        `inject '${inj.id}' arrives at beat '${inj.at}', which does not exist`,
        () => didYouMean(inj.at, beatIds),
      );
    }
    v.cite([...p, 'cites'], inj.cites, `inject '${inj.id}'`);
    if (inj.when) v.condition([...p, 'when'], inj.when, `inject '${inj.id}'`);
  });
  r.beats.forEach((b, bi) => {
    const bp = [...rp, 'beats', bi];
    if (b.decision && b.next)
      err(
        [...bp, 'next'],
        'decision-and-next',
        `beat '${b.id}' has both 'decision' and 'next'; keep one`,
      );
    if (!b.decision && !b.next)
      err(bp, 'no-way-on', `beat '${b.id}' needs either a 'decision' or a 'next'`);
    b.variants?.forEach((x, i) =>
      v.condition([...bp, 'variants', i, 'when'], x.when, `variant ${i + 1} of beat '${b.id}'`),
    );
    const next = b.next;
    if (next && !nodes.has(next)) {
      err(
        [...bp, 'next'],
        'dangling-reference',
        `beat '${b.id}' goes on to '${next}', which is not a beat or ending of role '${r.id}'`,
        () => didYouMean(next, nodes),
      );
    }
    if (!b.decision) return;
    unique(b.decision.choices, [...bp, 'decision', 'choices'], `choice of beat '${b.id}'`, err);
    b.decision.choices.forEach((c, ci) => {
      const cp = [...bp, 'decision', 'choices', ci];
      const what = `choice '${c.id}' of beat '${b.id}'`;
      if (!nodes.has(c.next)) {
        err(
          [...cp, 'next'],
          'dangling-reference',
          `${what} goes to '${c.next}', which is not a beat or ending of role '${r.id}'`,
          () => didYouMean(c.next, nodes),
        );
      }
      if (c.when) v.condition([...cp, 'when'], c.when, what);
      v.effects([...cp, 'effects'], c.effects, what);
      v.outcome([...cp, 'outcome'], c.outcome, `the outcome of ${what}`);
    });
  });
  r.endings.forEach((e, ei) => {
    const ep = [...rp, 'endings', ei];
    v.cite([...ep, 'reality', 'cites'], e.reality.cites, `ending '${e.id}'`);
    v.effects([...ep, 'effects'], e.effects, `ending '${e.id}'`);
    e.variants?.forEach((x, i) =>
      v.condition([...ep, 'variants', i, 'when'], x.when, `variant ${i + 1} of ending '${e.id}'`),
    );
  });
  if (!beatIds.has(r.start)) return;
  const reached = roleGraph(r).reachableFrom(r.start);
  r.beats.forEach((b, i) => {
    if (!reached.has(b.id))
      err(
        [...rp, 'beats', i, 'id'],
        'unreachable',
        `beat '${b.id}' of role '${r.id}' cannot be reached from its start '${r.start}'`,
      );
  });
  r.endings.forEach((e, i) => {
    if (!reached.has(e.id))
      err(
        [...rp, 'endings', i, 'id'],
        'unreachable',
        `ending '${e.id}' of role '${r.id}' cannot be reached from its start '${r.start}'`,
      );
  });
}

/** Reports every repeated id among `items` (a list at `path`); returns the ids seen. */
export function unique(
  items: readonly { id: string }[],
  path: Path,
  kind: string,
  err: RoleCheck['err'],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((x, i) => {
    if (seen.has(x.id))
      err([...path, i, 'id'], 'duplicate-id', `the id '${x.id}' is used by more than one ${kind}`);
    seen.add(x.id);
  });
  return seen;
}

/** Reports every repeated id among items that each carry their own path. */
export function uniqueAt(
  items: readonly { id: string; path: Path }[],
  kind: string,
  err: RoleCheck['err'],
): Set<string> {
  const seen = new Set<string>();
  for (const { id, path } of items) {
    if (seen.has(id))
      err([...path, 'id'], 'duplicate-id', `the id '${id}' is used by more than one ${kind}`);
    seen.add(id);
  }
  return seen;
}
