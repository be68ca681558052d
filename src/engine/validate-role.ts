import { didYouMean } from './did-you-mean';
import type { Part } from './problem-codes';
import type { ReferenceKind } from './problem-codes-rules';
import { problem, type Hint, type ProblemMessage } from './problem-message';
import { roleGraph } from './role-graph';
import { roleVariantReadsOwnWorld } from './validate-role-variants';
import type { Condition, Effects, Outcome, Role } from './schema';

type Path = (string | number)[];

/** The scenario-wide checks a role's validation reuses. */
export interface RoleCheck {
  /** Reports a problem; `hint` adds words to the message's `hint`, worked out only if shown. */
  err: (path: Path, code: string, message: ProblemMessage, hint?: () => Hint) => void;
  ref: (path: Path, kind: ReferenceKind, id: string, known: Set<string>, what: Part) => void;
  cite: (path: Path, ids: string[] | undefined, what: Part) => void;
  effects: (path: Path, e: Effects | undefined, what: Part) => void;
  condition: (path: Path, c: Condition, what: Part) => void;
  outcome: (path: Path, o: Outcome | undefined, what: Part) => void;
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
      problem('scenarioParts.nodesOfRole', { role: r.id }),
      err,
    );
  if (!beatIds.has(r.start)) {
    err(
      [...rp, 'start'],
      'dangling-reference',
      problem('scenarioRules.startMissing', { role: r.id, beat: r.start, hint: '' }),
      () => didYouMean(r.start, beatIds),
    );
  }
  const role = { role: r.id };
  (r.meters ?? []).forEach((m, i) =>
    ref([...rp, 'meters', i], 'meter', m, v.meters, problem('scenarioParts.role', role)),
  );
  if (r.requires) {
    v.condition([...rp, 'requires'], r.requires, problem('scenarioParts.requiresOf', role));
    if (!r.rejoinHistory)
      err(
        [...rp, 'requires'],
        'requires-without-rejoin',
        problem('scenarioRules.requiresWithoutRejoin', role),
      );
  }
  r.variants?.forEach((x, i) => {
    const p = [...rp, 'variants', i, 'when'];
    v.condition(p, x.when, problem('scenarioParts.roleVariant', { number: `${i + 1}`, ...role }));
    roleVariantReadsOwnWorld(r, x.when, p, v.err);
  });
  r.rejoinHistory?.variants?.forEach((x, i) =>
    v.condition(
      [...rp, 'rejoinHistory', 'variants', i, 'when'],
      x.when,
      problem('scenarioParts.rejoinVariant', { number: `${i + 1}`, ...role }),
    ),
  );
  if (r.rejoinHistory) {
    const what = problem('scenarioParts.rejoinHistory', role);
    v.cite([...rp, 'rejoinHistory', 'cites'], r.rejoinHistory.cites, what);
    v.effects([...rp, 'rejoinHistory', 'effects'], r.rejoinHistory.effects, what);
  }
  unique(r.injects ?? [], [...rp, 'injects'], problem('scenarioParts.injectsOfRole', role), err);
  (r.injects ?? []).forEach((inj, i) => {
    const p = [...rp, 'injects', i];
    if (!beatIds.has(inj.at)) {
      err(
        [...p, 'at'],
        'dangling-reference',
        problem('scenarioRules.injectAtMissing', { inject: inj.id, beat: inj.at, hint: '' }),
        () => didYouMean(inj.at, beatIds),
      );
    }
    const what = problem('scenarioParts.inject', { inject: inj.id });
    v.cite([...p, 'cites'], inj.cites, what);
    if (inj.when) v.condition([...p, 'when'], inj.when, what);
  });
  r.beats.forEach((b, bi) => {
    const bp = [...rp, 'beats', bi];
    const beat = { beat: b.id };
    if (b.decision && b.next)
      err([...bp, 'next'], 'decision-and-next', problem('scenarioRules.decisionAndNext', beat));
    if (!b.decision && !b.next) err(bp, 'no-way-on', problem('scenarioRules.noWayOn', beat));
    b.variants?.forEach((x, i) =>
      v.condition(
        [...bp, 'variants', i, 'when'],
        x.when,
        problem('scenarioParts.beatVariant', { number: `${i + 1}`, ...beat }),
      ),
    );
    const next = b.next;
    if (next && !nodes.has(next)) {
      err(
        [...bp, 'next'],
        'dangling-reference',
        problem('scenarioRules.nextMissing', { ...beat, next, ...role, hint: '' }),
        () => didYouMean(next, nodes),
      );
    }
    if (!b.decision) return;
    const among = problem('scenarioParts.choicesOfBeat', beat);
    unique(b.decision.choices, [...bp, 'decision', 'choices'], among, err);
    b.decision.choices.forEach((c, ci) => {
      const cp = [...bp, 'decision', 'choices', ci];
      const what = problem('scenarioParts.choice', { choice: c.id, ...beat });
      if (!nodes.has(c.next)) {
        err(
          [...cp, 'next'],
          'dangling-reference',
          problem('scenarioRules.choiceNextMissing', { what, next: c.next, ...role, hint: '' }),
          () => didYouMean(c.next, nodes),
        );
      }
      if (c.when) v.condition([...cp, 'when'], c.when, what);
      v.effects([...cp, 'effects'], c.effects, what);
      v.outcome([...cp, 'outcome'], c.outcome, problem('scenarioParts.outcomeOf', { of: what }));
    });
  });
  r.endings.forEach((e, ei) => {
    const ep = [...rp, 'endings', ei];
    const what = problem('scenarioParts.ending', { ending: e.id });
    v.cite([...ep, 'reality', 'cites'], e.reality.cites, what);
    v.effects([...ep, 'effects'], e.effects, what);
    e.variants?.forEach((x, i) =>
      v.condition(
        [...ep, 'variants', i, 'when'],
        x.when,
        problem('scenarioParts.endingVariant', { number: `${i + 1}`, ending: e.id }),
      ),
    );
  });
  if (!beatIds.has(r.start)) return;
  const reached = roleGraph(r).reachableFrom(r.start);
  r.beats.forEach((b, i) => {
    if (!reached.has(b.id))
      err(
        [...rp, 'beats', i, 'id'],
        'unreachable',
        problem('scenarioRules.unreachableBeat', { beat: b.id, ...role, start: r.start }),
      );
  });
  r.endings.forEach((e, i) => {
    if (!reached.has(e.id))
      err(
        [...rp, 'endings', i, 'id'],
        'unreachable',
        problem('scenarioRules.unreachableEnding', { ending: e.id, ...role, start: r.start }),
      );
  });
}

/** Reports every repeated id among `items` (a list at `path`); returns the ids seen. */
export function unique(
  items: readonly { id: string }[],
  path: Path,
  among: Part,
  err: RoleCheck['err'],
): Set<string> {
  return uniqueAt(
    items.map((x, i) => ({ id: x.id, path: [...path, i] })),
    among,
    err,
  );
}

/** Reports every repeated id among items that each carry their own path. */
export function uniqueAt(
  items: readonly { id: string; path: Path }[],
  among: Part,
  err: RoleCheck['err'],
): Set<string> {
  const seen = new Set<string>();
  for (const { id, path } of items) {
    if (seen.has(id))
      err([...path, 'id'], 'duplicate-id', problem('scenarioRules.idUsedTwice', { id, among }));
    seen.add(id);
  }
  return seen;
}
