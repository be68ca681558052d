// Validates and proves scenarios:
// `npm run check:scenarios [-- paths…] [--json] [--graph mermaid] [--source article.txt]`.
// Exits non-zero on any error or problem; an author's mistake is reported, never a stack trace.
// Words anything it prints in English (the catalogue every message is written in first).
import '../src/i18n/game-messages';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckReport } from '../src/engine/check-scenario';
import { checkScenarioFilesSteps } from '../src/engine/check-scenario-files';
import { checkTranslationFiles } from '../src/engine/check-translation';
import { runToEnd } from '../src/engine/load-scenario';
import { mermaidGraph } from '../src/engine/mermaid-graph';
import { problem } from '../src/engine/problem-message';
import type { ScenarioError } from '../src/engine/scenario-error';
import { formatErrors } from '../src/i18n/format-errors';
import { wordProblem } from '../src/i18n/problem-words';
import {
  filesNamedFrom,
  readScenarioFolder,
  UnreadableScenarioFile,
} from '../src/node/read-scenario-folder';

/** The outcome of checking one folder or file. */
interface Checked {
  target: string;
  ok: boolean;
  errors: ScenarioError[];
  report?: CheckReport;
  graph?: string;
}

const SCENARIOS = fileURLToPath(new URL('../scenarios', import.meta.url));

async function defaultTargets(): Promise<string[]> {
  const folders = await subfolders(SCENARIOS);
  const targets: string[] = [];
  for (const folder of folders) targets.push(folder, ...(await translationsOf(folder)));
  return targets;
}

async function subfolders(parent: string): Promise<string[]> {
  try {
    const entries = await readdir(parent, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => join(parent, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** A scenario folder's translations (translations/<language>/), each checked as well. */
function translationsOf(folder: string): Promise<string[]> {
  return subfolders(join(folder, 'translations'));
}

/** For a translation folder (<scenario>/translations/<language>), the original's folder. */
function originalOf(target: string): string | null {
  return basename(dirname(target)) === 'translations' ? dirname(dirname(target)) : null;
}

async function checkTarget(
  target: string,
  graph: boolean,
  source: string | undefined,
): Promise<Checked> {
  const shown = relative(process.cwd(), target) || target;
  let files;
  try {
    files = await readScenarioFolder(target);
  } catch (e) {
    const why =
      e instanceof UnreadableScenarioFile ? e.problem : problem('scenarioFile.unreadableTarget');
    return {
      target: shown,
      ok: false,
      errors: [
        {
          file: shown,
          path: '',
          line: 1,
          column: 1,
          code: 'unreadable',
          message: why,
        },
      ],
    };
  }
  // The same check as the game runs on a loaded file (see check-scenario-files.ts).
  const checked = runToEnd(checkScenarioFilesSteps(files, source === undefined ? {} : { source }));
  // A translation must also be the original's game in other words (see check-translation.ts).
  const original = originalOf(target);
  if (checked.ok && original !== null) {
    const errors = checkTranslationFiles(await readScenarioFolder(original), files);
    if (errors.length > 0) Object.assign(checked, { ok: false, errors, report: undefined });
  }
  // The loader names files relative to the folder's parent; show them relative to here.
  const base = relative(process.cwd(), filesNamedFrom(target));
  if (!checked.report)
    return {
      target: shown,
      ok: false,
      errors: checked.ok
        ? []
        : checked.errors.map((e) => ({ ...e, file: base ? join(base, e.file) : e.file })),
    };
  return {
    target: shown,
    ok: checked.ok,
    errors: [],
    report: checked.report,
    ...(graph && checked.scenario ? { graph: mermaidGraph(checked.scenario) } : {}),
  };
}

function describe(c: Checked): string {
  const lines: string[] = [];
  const r = c.report;
  if (!r) {
    lines.push(`✘ ${c.target}: ${c.errors.length} error${c.errors.length === 1 ? '' : 's'}`);
    lines.push(formatErrors(c.errors).replace(/^/gm, '  '));
    return lines.join('\n');
  }
  lines.push(`${c.ok ? '✔' : '✘'} ${r.id} ${r.version}: ${r.title}  (${c.target})`);
  for (const role of r.roles) {
    lines.push(
      `  role ${role.id}: ${plural(role.decisions, 'decision')} and ${role.mainPathEnding ? `ending '${role.mainPathEnding}'` : 'no ending'} on its main path; ${plural(role.endings, 'ending')}, ${plural(role.beats, 'beat')}, ${plural(role.choices, 'choice')}, ${role.paths} paths`,
    );
  }
  lines.push(
    `  beats ${r.beats} · decisions ${r.decisions} · choices ${r.choices} · endings ${r.endings} · paths ${r.paths} · states explored ${r.statesExplored}`,
  );
  lines.push(
    `  sources cited ${r.sourcesCited}, unused ${r.sourcesUnused.length}${r.sourcesUnused.length ? ` (${r.sourcesUnused.join(', ')})` : ''}`,
  );
  if (r.problems.length === 0) lines.push('  problems: none');
  for (const p of r.problems) lines.push(`  problem: ${wordProblem(p.message, 'en')}`);
  for (const w of r.warnings) lines.push(`  warning: ${wordProblem(w.message, 'en')}`);
  if (c.graph) lines.push('', '```mermaid', c.graph, '```');
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const g = argv.indexOf('--graph');
  if (g >= 0 && argv[g + 1] !== 'mermaid') {
    console.error('--graph takes one format: mermaid');
    return 2;
  }
  const s = argv.indexOf('--source');
  const sourcePath = s >= 0 ? argv[s + 1] : undefined;
  if (s >= 0 && (sourcePath === undefined || sourcePath.startsWith('--'))) {
    console.error('--source takes the path of the source text, e.g. --source article.txt');
    return 2;
  }
  const values = new Set([g, s].filter((i) => i >= 0).map((i) => i + 1));
  const unknown = argv.filter(
    (a, i) =>
      a.startsWith('--') && !['--json', '--graph', '--source'].includes(a) && !values.has(i),
  );
  if (unknown.length > 0) {
    console.error(
      `unknown option ${unknown.join(', ')}; usage: check-scenarios [paths…] [--json] [--graph mermaid] [--source file]`,
    );
    return 2;
  }
  let source: string | undefined;
  if (sourcePath !== undefined) {
    try {
      source = await readFile(sourcePath, 'utf8');
    } catch {
      console.error(`--source: cannot read the source text '${sourcePath}'`);
      return 2;
    }
  }
  const paths = argv.filter((a, i) => !a.startsWith('--') && !values.has(i));
  const targets = paths.length > 0 ? paths.map((p) => resolve(p)) : await defaultTargets();
  const results: Checked[] = [];
  for (const t of targets) results.push(await checkTarget(t, g >= 0, source));
  if (json) {
    // Each message in English words, as before; its code and parameters beside it for tools.
    const worded = <T extends { message: ScenarioError['message'] }>(items: readonly T[]) =>
      items.map((item) => ({
        ...item,
        message: wordProblem(item.message, 'en'),
        words: item.message,
      }));
    const out = results.map((c) => ({
      target: c.target,
      ok: c.ok,
      ...(c.report ? { ...c.report, warnings: worded(c.report.warnings) } : {}),
      problems: c.report ? worded(c.report.problems) : worded(c.errors),
      ...(c.graph ? { graph: c.graph } : {}),
    }));
    console.log(JSON.stringify(out, null, 2));
  } else if (results.length === 0) {
    console.log('no scenarios found');
  } else {
    console.log(results.map(describe).join('\n\n'));
  }
  return results.every((c) => c.ok) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(
      `check-scenarios failed unexpectedly (an engine bug, not a scenario mistake): ${e instanceof Error ? e.message : String(e)}`,
    );
    process.exitCode = 2;
  },
);
