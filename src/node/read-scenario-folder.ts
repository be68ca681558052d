import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { decodeScenarioBytes } from '../engine/decode-scenario-bytes';
import type { ScenarioFileInput } from '../engine/load-scenario';
import { problem, type ProblemMessage } from '../engine/problem-message';
import { wordProblem } from '../i18n/problem-words';

const SCENARIO_EXT = /\.(ya?ml|json)$/;

/**
 * Reads a scenario folder (scenario.yaml, sources.yaml, roles/*.yaml) or a single file into the
 * loader's `files` array; paths are given relative to the folder's parent (`usb-stick/roles/x.yaml`),
 * or to the scenario's parent for a translation (`usb-stick/translations/de/roles/x.yaml`).
 */
export async function readScenarioFolder(target: string): Promise<ScenarioFileInput[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [{ path: basename(target), text: await readText(target) }];
  const base = filesNamedFrom(target);
  const paths: string[] = [];
  for (const entry of await readdir(target, { withFileTypes: true })) {
    if (entry.isFile() && SCENARIO_EXT.test(entry.name)) paths.push(join(target, entry.name));
    if (entry.isDirectory() && entry.name === 'roles') {
      for (const role of await readdir(join(target, 'roles'), { withFileTypes: true })) {
        if (role.isFile() && SCENARIO_EXT.test(role.name))
          paths.push(join(target, 'roles', role.name));
      }
    }
  }
  paths.sort();
  return Promise.all(
    paths.map(async (p) => ({
      path: relative(base, p).split('\\').join('/'),
      text: await readText(p),
    })),
  );
}

/**
 * The folder a scenario folder's files are named from: its parent, or for a translation
 * (scenarios/<id>/translations/<lang>) the scenario's parent, so the loader sees which scenario
 * it translates (`equation-group/translations/de/scenario.yaml`).
 */
export function filesNamedFrom(target: string): string {
  const parent = dirname(target);
  return basename(parent) === 'translations' ? dirname(dirname(parent)) : parent;
}

/** A file that is not text the loader can read: which file, and why (in English as its message). */
export class UnreadableScenarioFile extends Error {
  constructor(readonly problem: ProblemMessage) {
    super(wordProblem(problem, 'en'));
  }
}

/** A file's text (UTF-8, or UTF-16 with a byte-order mark); any other encoding is an error that names it. */
async function readText(path: string): Promise<string> {
  const decoded = decodeScenarioBytes(await readFile(path));
  if (!decoded.ok)
    throw new UnreadableScenarioFile(
      problem('scenarioFile.inFile', { file: basename(path), problem: decoded.message }),
    );
  return decoded.text;
}
