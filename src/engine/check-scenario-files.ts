import { checkScenario, type CheckReport, type Problem } from './check-scenario';
import {
  loadScenarioSteps,
  MAX_REPORTED_ERRORS,
  withMore,
  type LoadProgress,
  type PlaceOf,
  type ScenarioFileInput,
} from './load-scenario';
import type { ScenarioError } from './scenario-error';
import type { Scenario } from './schema';
import type { ValidateOptions } from './validate-scenario';

/** A scenario that loaded and passed every check, or why not (with the checker's report, if it ran). */
export type CheckedFiles =
  | { ok: true; scenario: Scenario; report: CheckReport }
  | { ok: false; errors: ScenarioError[]; report?: CheckReport; scenario?: Scenario };

/**
 * The one check every way in runs (`npm run check:scenarios`, the solo picker's "Load your own
 * scenario", the facilitator's set-up): load the files, then prove the scenario playable. A file
 * with any problem (a dead end in some world, a loop with no way out…) is refused, each problem
 * placed at its beat's line. Yields progress between steps, like loadScenarioSteps.
 */
export function* checkScenarioFilesSteps(
  files: readonly ScenarioFileInput[],
  options: ValidateOptions = {},
): Generator<LoadProgress, CheckedFiles, void> {
  const loaded = yield* loadScenarioSteps(files, options);
  if (!loaded.ok) return loaded;
  const total = files.reduce((n, f) => n + (typeof f.text === 'string' ? f.text.length : 0), 0);
  yield { step: 'check', done: total, total };
  const report = checkScenario(loaded.scenario);
  if (report.problems.length === 0) return { ok: true, scenario: loaded.scenario, report };
  const place = problemPlacer(loaded.scenario, loaded.placeOf);
  const shown = report.problems.slice(0, MAX_REPORTED_ERRORS).map(place);
  const errors = withMore(shown, report.problems.length);
  return { ok: false, errors, report, scenario: loaded.scenario };
}

/** Places a checker problem at the beat or ending it names (ids indexed once), else the role or the file. */
function problemPlacer(s: Scenario, placeOf: PlaceOf): (p: Problem) => ScenarioError {
  const nodes = new Map<string, (string | number)[]>();
  s.roles.forEach((r, ri) => {
    nodes.set(r.id, ['roles', ri]);
    r.beats.forEach((b, bi) => nodes.set(`${r.id}\n${b.id}`, ['roles', ri, 'beats', bi]));
    r.endings.forEach((e, ei) => nodes.set(`${r.id}\n${e.id}`, ['roles', ri, 'endings', ei]));
  });
  return (p) => {
    const path = nodes.get(`${p.role ?? ''}\n${p.at ?? ''}`) ?? nodes.get(p.role ?? '') ?? [];
    return { ...placeOf(path), code: p.code, message: p.message };
  };
}
