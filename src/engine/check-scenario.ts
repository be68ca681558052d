import { checkStageKeys } from './check-stage-keys';
import { countPaths } from './count-paths';
import { exploreWorlds, type Problem } from './explore-worlds';
import { historicalPath } from './historical-path';
import { problem } from './problem-message';
import type { Scenario } from './schema';

export type { Problem } from './explore-worlds';

/** Counts for one role; `decisions` and `mainPathEnding` are read on its main line. */
export interface RoleReport {
  id: string;
  /** Decisions on the main line: from the start, the `historical` choice, else the `assumed` one. */
  decisions: number;
  /** Endings the role has. */
  endings: number;
  /** The ending the main line reaches, or null when it stops at a decision with neither mark. */
  mainPathEnding: string | null;
  beats: number;
  choices: number;
  /** Distinct paths from start to an ending (a decimal string: counts can exceed 2^53). */
  paths: string;
}

/** What `checkScenario` proves and counts. */
export interface CheckReport {
  id: string;
  title: string;
  version: string;
  roles: RoleReport[];
  beats: number;
  decisions: number;
  choices: number;
  endings: number;
  sourcesCited: number;
  sourcesUnused: string[];
  paths: string;
  statesExplored: number;
  problems: Problem[];
  /** What plays but is probably a mistake (a setting or sound word the game does not know). */
  warnings: Problem[];
}

/**
 * Proves a loaded scenario playable: every beat, ending and choice reachable in some world; no
 * dead ends; an ending reachable from everywhere; every outcome cited (unless fictional). Counts too.
 */
export function checkScenario(s: Scenario): CheckReport {
  const ex = exploreWorlds(s);
  const problems: Problem[] = [...ex.problems];
  const sourceIds = new Set((s.sources ?? []).map((x) => x.id));
  const cited = new Set<string>();
  const cite = (ids: string[] | undefined): void => (ids ?? []).forEach((id) => cited.add(id));
  s.roles.forEach((r, ri) => {
    cite(r.rejoinHistory?.cites);
    for (const i of r.injects ?? []) cite(i.cites);
    for (const e of r.endings) cite(e.reality.cites);
    r.beats.forEach((b, bi) => {
      const beatReached = ex.isReached(ri, bi);
      b.decision?.choices.forEach((c, ci) => {
        cite(c.outcome?.cites);
        cite(c.outcome?.basis);
        if (c.outcome && !s.fictional && !c.outcome.cites?.length)
          problems.push({
            code: 'uncited',
            role: r.id,
            at: b.id,
            message: problem('scenarioCheck.outcomeUncited', { choice: c.id, beat: b.id }),
          });
        if (!ex.capped && beatReached && !ex.isTaken(ri, bi, ci)) {
          problems.push({
            code: 'never-available',
            role: r.id,
            at: b.id,
            message: problem('scenarioCheck.neverAvailable', {
              choice: c.id,
              beat: b.id,
              role: r.id,
            }),
          });
        }
      });
    });
    if (!ex.capped) {
      [...r.beats, ...r.endings].forEach((n, ni) => {
        if (!ex.isReached(ri, ni)) {
          const kind = ni < r.beats.length ? 'beat' : 'ending';
          problems.push({
            code: 'unreachable',
            role: r.id,
            at: n.id,
            message: problem('scenarioCheck.unreached', { kind, id: n.id, role: r.id }),
          });
        }
      });
    }
  });
  const roles: RoleReport[] = s.roles.map((r) => {
    const main = historicalPath(r);
    return {
      id: r.id,
      decisions: main.steps.filter((st) => st.choice !== undefined).length,
      endings: r.endings.length,
      mainPathEnding: main.ending ?? null,
      beats: r.beats.length,
      choices: r.beats.reduce((n, b) => n + (b.decision?.choices.length ?? 0), 0),
      paths: countPaths(r).toString(),
    };
  });
  return {
    id: s.id,
    title: s.title,
    version: s.version,
    roles,
    beats: roles.reduce((n, r) => n + r.beats, 0),
    decisions: s.roles.reduce((n, r) => n + r.beats.filter((b) => b.decision).length, 0),
    choices: roles.reduce((n, r) => n + r.choices, 0),
    endings: roles.reduce((n, r) => n + r.endings, 0),
    sourcesCited: [...cited].filter((id) => sourceIds.has(id)).length,
    sourcesUnused: [...sourceIds].filter((id) => !cited.has(id)),
    paths: roles.reduce((n, r) => n + BigInt(r.paths), 0n).toString(),
    statesExplored: ex.states,
    problems,
    warnings: checkStageKeys(s),
  };
}
