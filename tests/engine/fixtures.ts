// Shared test helpers: read fixtures and shipped scenarios, and load them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import type { ProblemMessage } from '../../src/engine/problem-message';
import type { Scenario } from '../../src/engine/schema';
import { wordProblem } from '../../src/i18n/problem-words';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';

/** Absolute path of tests/fixtures. */
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));
/** Absolute path of scenarios/. */
export const SCENARIOS = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** Reads a fixture folder or file (relative to tests/fixtures). */
export function fixtureFiles(name: string): Promise<ScenarioFileInput[]> {
  return readScenarioFolder(join(FIXTURES, name));
}

/** Loads a scenario from files and fails the test with the formatted errors if it does not load. */
export function mustLoad(files: ScenarioFileInput[]): Scenario {
  const r = loadScenario(files);
  if (!r.ok)
    throw new Error(
      `expected to load, got:\n${r.errors.map((e) => `${e.file}:${e.line} ${e.path} ${wordProblem(e.message)}`).join('\n')}`,
    );
  return r.scenario;
}

/** Engine results (errors, problems, refusals) with their message in English words, to assert on. */
export function worded<T extends { message: ProblemMessage }>(
  items: readonly T[],
): (Omit<T, 'message'> & { message: string })[] {
  return items.map((item) => ({ ...item, message: wordProblem(item.message, 'en') }));
}

/** Loads a fixture by name. */
export async function fixture(name: string): Promise<Scenario> {
  return mustLoad(await fixtureFiles(name));
}

/** Every playable scenario: each folder in scenarios/ (shipped) and the valid fixtures. */
export function playableTargets(): { name: string; path: string }[] {
  const shipped = safeList(SCENARIOS)
    .filter((n) => statSync(join(SCENARIOS, n)).isDirectory())
    .map((n) => ({ name: `scenarios/${n}`, path: join(SCENARIOS, n) }));
  const fixtures = ['campaign', 'minimal.yaml', 'conditions.yaml', 'loop.yaml'].map((n) => ({
    name: `fixtures/${n}`,
    path: join(FIXTURES, n),
  }));
  return [...shipped, ...fixtures];
}

/** Shipped scenario folders only. */
export function shippedTargets(): { name: string; path: string }[] {
  return playableTargets().filter((t) => t.name.startsWith('scenarios/'));
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Replaces the first occurrence of `from` in the file named `file` (a test helper for broken copies). */
export function edit(
  files: ScenarioFileInput[],
  file: string,
  from: string | RegExp,
  to: string,
): ScenarioFileInput[] {
  let hit = false;
  const out = files.map((f) => {
    if (!f.path.endsWith(file)) return f;
    const text = f.text.replace(from, to);
    hit = hit || text !== f.text;
    return { ...f, text };
  });
  if (!hit) throw new Error(`edit: '${String(from)}' not found in ${file}`);
  return out;
}
