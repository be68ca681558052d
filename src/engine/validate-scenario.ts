import { MAX_BEATS } from './check-text-limits';
import { didYouMean } from './did-you-mean';
import type { Part } from './problem-codes';
import type { ReferenceKind } from './problem-codes-rules';
import { problem, type Hint, type ProblemMessage } from './problem-message';
import { validateAssessment } from './validate-assessment';
import type { Condition, Effects, Outcome, Scenario } from './schema';
import { validateHistory } from './validate-history';
import { validateQuotedSpeech, validateQuotesInSource } from './validate-quotes';
import { validateUnnamed } from './validate-unnamed';
import { unique, uniqueAt, validateRole, type RoleCheck } from './validate-role';
import type { RawError } from './zod-issues-to-errors';

type Path = (string | number)[];

/** What the rules may check a scenario against besides itself. */
export interface ValidateOptions {
  /** The text of the source the scenario is drawn from: every `quote` must be in it. */
  source?: string;
}

/**
 * Every rule of the format beyond shapes: unique ids, references, citations, ranges,
 * reachability, honest history and quoted speech (and quotes in the source, when given).
 */
export function validateScenario(s: Scenario, options: ValidateOptions = {}): RawError[] {
  const out: RawError[] = [];
  const err = (path: Path, code: string, message: ProblemMessage, hint?: () => Hint): void =>
    void out.push({ path, code, message, hint });
  const sources = new Set<string>();
  const facts = new Set((s.world.facts ?? []).map((f) => f.id));
  const meters = new Set((s.world.meters ?? []).map((m) => m.id));
  const roles = new Set(s.roles.map((r) => r.id));
  const ref = (
    path: Path,
    kind: ReferenceKind,
    id: string,
    known: Set<string>,
    what: Part,
  ): void => {
    if (!known.has(id))
      err(
        path,
        'dangling-reference',
        problem('scenarioRules.namesMissing', { what, kind, id, hint: '' }),
        () => didYouMean(id, known),
      );
  };

  unique(s.sources ?? [], ['sources'], problem('scenarioParts.sources'), err).forEach((id) =>
    sources.add(id),
  );
  const worldIds = [
    ...(s.world.meters ?? []).map((m, i) => ({ id: m.id, path: ['world', 'meters', i] as Path })),
    ...(s.world.facts ?? []).map((f, i) => ({ id: f.id, path: ['world', 'facts', i] as Path })),
  ];
  uniqueAt(worldIds, problem('scenarioParts.worldVariables'), err);
  unique(s.roles, ['roles'], problem('scenarioParts.roles'), err);
  const beats = s.roles.reduce((n, r) => n + r.beats.length + r.endings.length, 0);
  if (beats > MAX_BEATS)
    err(
      ['roles'],
      'too-many-beats',
      problem('scenarioRules.tooManyBeats', { count: beats, limit: MAX_BEATS }),
    );

  (s.world.meters ?? []).forEach((m, i) => {
    const p: Path = ['world', 'meters', i];
    if (m.min > m.max)
      err(
        [...p, 'min'],
        'bad-range',
        problem('scenarioRules.minAboveMax', {
          meter: m.id,
          min: String(m.min),
          max: String(m.max),
        }),
      );
    else if (m.initial < m.min || m.initial > m.max)
      err(
        [...p, 'initial'],
        'bad-range',
        problem('scenarioRules.startsOutsideRange', {
          meter: m.id,
          initial: String(m.initial),
          min: String(m.min),
          max: String(m.max),
        }),
      );
    const meter = problem('scenarioParts.meter', { meter: m.id });
    (m.roles ?? []).forEach((r, j) => ref([...p, 'roles', j], 'role', r, roles, meter));
  });
  const order = s.campaign?.order ?? [];
  order.forEach((r, i) => {
    ref(['campaign', 'order', i], 'role', r, roles, problem('scenarioParts.campaign'));
    if (order.indexOf(r) !== i)
      err(
        ['campaign', 'order', i],
        'duplicate-id',
        problem('scenarioRules.campaignRoleTwice', { role: r }),
      );
  });

  const cite = (path: Path, ids: string[] | undefined, what: Part): void =>
    (ids ?? []).forEach((c, j) => {
      if (!sources.has(c)) ref([...path, j], 'source', c, sources, what);
    });
  const effects = (path: Path, e: Effects | undefined, what: Part): void => {
    for (const k of Object.keys(e?.set ?? {})) {
      if (facts.has(k)) continue;
      err(
        [...path, 'set', k],
        'dangling-reference',
        problem('scenarioRules.setsMissingFact', { what, fact: k, hint: '' }),
        () =>
          meters.has(k) ? problem('scenarioRules.isMeterUseAdd', { id: k }) : didYouMean(k, facts),
      );
    }
    for (const k of Object.keys(e?.add ?? {})) {
      if (meters.has(k)) continue;
      err(
        [...path, 'add', k],
        'dangling-reference',
        problem('scenarioRules.addsMissingMeter', { what, meter: k, hint: '' }),
        () =>
          facts.has(k) ? problem('scenarioRules.isFactUseSet', { id: k }) : didYouMean(k, meters),
      );
    }
  };
  let keys: Set<string> | undefined; // every role.beat.choice, made when a condition names one
  const choiceKeys = (): Set<string> => {
    if (keys) return keys;
    keys = new Set<string>();
    for (const r of s.roles)
      for (const b of r.beats)
        for (const c of b.decision?.choices ?? []) keys.add(`${r.id}.${b.id}.${c.id}`);
    return keys;
  };
  const condition = (path: Path, c: Condition, what: Part): void => {
    const stack: Array<[Path, Condition]> = [[path, c]];
    while (stack.length > 0) {
      const [p, cond] = stack.pop() as [Path, Condition];
      if ('fact' in cond) ref([...p, 'fact'], 'fact', cond.fact, facts, what);
      else if ('meter' in cond) ref([...p, 'meter'], 'meter', cond.meter, meters, what);
      else if ('chose' in cond) ref([...p, 'chose'], 'choice', cond.chose, choiceKeys(), what);
      else if ('all' in cond) cond.all.forEach((x, i) => stack.push([[...p, 'all', i], x]));
      else if ('any' in cond) cond.any.forEach((x, i) => stack.push([[...p, 'any', i], x]));
      else stack.push([[...p, 'not'], cond.not]);
    }
  };
  const outcome = (path: Path, o: Outcome | undefined, what: Part): void => {
    if (!o) return;
    cite([...path, 'cites'], o.cites, what);
    cite([...path, 'basis'], o.basis, what);
    if (o.status === 'what-if' && !o.basis?.length)
      err(path, 'what-if-without-basis', problem('scenarioRules.whatIfWithoutBasis', { what }));
    if (!s.fictional && !o.cites?.length)
      err(path, 'uncited', problem('scenarioRules.uncited', { what }));
  };

  s.roles.forEach((r, ri) => {
    validateRole(r, ['roles', ri], { err, ref, cite, effects, condition, outcome, meters, facts });
    validateAssessment(r, ['roles', ri], s, { err, cite });
  });
  validateMoments(s, err);
  validateHistory(s, err);
  validateQuotedSpeech(s, err);
  validateUnnamed(s, err);
  if (options.source !== undefined) validateQuotesInSource(s, options.source, err);
  (s.accuracy?.roles ?? []).forEach((a, i) =>
    ref(
      ['accuracy', 'roles', i, 'role'],
      'role',
      a.role,
      roles,
      problem('scenarioParts.accuracyNote'),
    ),
  );
  return out;
}

/** Timeline ids are unique, and every beat's `moment` names one of them. */
function validateMoments(s: Scenario, err: RoleCheck['err']): void {
  const among = problem('scenarioParts.timelineMoments');
  const moments = unique(s.timeline ?? [], ['timeline'], among, err);
  s.roles.forEach((r, ri) =>
    r.beats.forEach((b, bi) => {
      if (b.moment === undefined || moments.has(b.moment)) return;
      const moment = b.moment;
      err(
        ['roles', ri, 'beats', bi, 'moment'],
        'dangling-reference',
        problem('scenarioRules.momentNotInTimeline', {
          beat: b.id,
          role: r.id,
          moment,
          hint: '',
        }),
        () => (s.timeline ? didYouMean(moment, moments) : problem('scenarioRules.noTimeline')),
      );
    }),
  );
}
