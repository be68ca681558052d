import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/engine/check-scenario';
import { countPaths } from '../../src/engine/count-paths';
import { jsonSchemas } from '../../src/engine/json-schemas';
import { loadScenario } from '../../src/engine/load-scenario';
import { mermaidGraph } from '../../src/engine/mermaid-graph';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { FIXTURES, SCENARIOS, fixture, shippedTargets, worded } from './fixtures';
import { wordProblem } from '../../src/i18n/problem-words';

const run = promisify(execFile);
const ROOT = join(SCENARIOS, '..');

/** Runs the checker CLI; resolves with exit code and output, never rejects. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-scenarios.ts', ...args],
      { cwd: ROOT },
    );
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe('checkScenario', () => {
  it('proves the campaign fixture and counts it', async () => {
    const report = checkScenario(await fixture('campaign'));
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      beats: 3,
      decisions: 2,
      choices: 4,
      endings: 3,
      sourcesCited: 2,
      sourcesUnused: ['s-unused'],
      paths: '4',
    });
    expect(report.roles).toEqual([
      {
        id: 'desk',
        decisions: 1,
        endings: 1,
        mainPathEnding: 'done',
        beats: 1,
        choices: 2,
        paths: '2',
      },
      {
        id: 'finder',
        decisions: 1,
        endings: 2,
        mainPathEnding: 'infected',
        beats: 2,
        choices: 2,
        paths: '2',
      },
    ]);
  });

  it('finds a dead end in a reachable world', async () => {
    const report = checkScenario(await fixture('problems/dead-end.yaml'));
    expect(worded(report.problems)).toEqual([
      expect.objectContaining({
        code: 'dead-end',
        role: 'buyer',
        at: 'shop',
        message: expect.stringContaining('cash = 0') as unknown,
      }),
    ]);
  });

  it('finds a loop with no way out, a choice never available and an ending never reached', async () => {
    const codes = checkScenario(await fixture('problems/trap.yaml')).problems.map(
      (p) => `${p.code}:${p.at ?? ''}`,
    );
    expect(codes.sort()).toEqual([
      'never-available:cell',
      'no-ending:cell',
      'no-ending:corridor',
      'unreachable:free',
    ]);
  });

  it('reports when the world is too large to explore', { timeout: 60_000 }, async () => {
    const s = await fixture('minimal.yaml');
    const meters = Array.from({ length: 7 }, (_, i) => ({
      id: `m${i}`,
      label: 'M',
      min: 0,
      max: 9,
      initial: 0,
    }));
    const big = structuredClone(s);
    big.world.meters = meters;
    const role = big.roles[0];
    const beat = role?.beats[0];
    if (!role || !beat?.decision) throw new Error('fixture shape');
    // A loop that adds to six meters read by a condition: 10^6 worlds.
    role.beats.push({
      id: 'again',
      title: 'Again',
      setting: 'x',
      text: 'x',
      decision: {
        prompt: 'x',
        choices: meters.map((m, i) => ({
          id: `c${i}`,
          label: 'x',
          when: { meter: m.id, max: 9 },
          effects: { add: { [m.id]: 1 } },
          next: i === 0 ? 'left-end' : 'again',
        })),
      },
    });
    beat.decision.choices.push({ id: 'loop', label: 'x', next: 'again' });
    expect(checkScenario(big).problems.map((p) => p.code)).toContain('exploration-capped');
  });

  it('counts paths by dynamic programming, dropping the back edge of a loop', async () => {
    const s = await fixture('loop.yaml');
    expect(countPaths(s.roles[0] as never)).toBe(2n); // stop, shout (again → pause → ask closes the loop)
    const wide = await fixture('conditions.yaml');
    expect(checkScenario(wide).paths).toBe('4');
  });

  it('draws a Mermaid graph with every edge', async () => {
    const graph = mermaidGraph(await fixture('loop.yaml'));
    expect(graph.split('\n')[0]).toBe('flowchart TD');
    expect(graph.match(/-->/g)).toHaveLength(4);
    expect(graph).toContain('-->|"Ask again"|');
  });

  it.each(shippedTargets())(
    'shipped $name: loads and has no problem',
    { timeout: 60_000 },
    async ({ path }) => {
      const loaded = loadScenario(await readScenarioFolder(path));
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
      if (loaded.ok) expect(checkScenario(loaded.scenario).problems).toEqual([]);
    },
  );
});

describe('broken copies of shipped scenarios are refused with file, path and line', () => {
  it.each(shippedTargets())('$name', async ({ path }) => {
    const files = await readScenarioFolder(path);
    const role = files.find(
      (f) => f.path.includes('/roles/') && /\n\s+next: [a-z0-9-]+/.test(f.text),
    );
    if (!role) throw new Error('no role file with a next');
    const match = /\n(\s+)next: ([a-z0-9-]+)/.exec(role.text);
    const broken = role.text.replace(/\n(\s+)next: ([a-z0-9-]+)/, '\n$1next: $2-typo');
    const line = role.text.slice(0, (match?.index ?? 0) + 1).split('\n').length;
    const r = loadScenario(files.map((f) => (f === role ? { ...f, text: broken } : f)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'dangling-reference');
    expect(e).toMatchObject({ file: role.path, line });
    expect(e?.path).toMatch(
      /^roles\.[a-z0-9-]+\.beats\.[a-z0-9-]+\.(decision\.choices\.[a-z0-9-]+\.)?next$/,
    );
    expect(e && wordProblem(e.message)).toContain(`did you mean '${match?.[2] ?? ''}'?`);
  });
});

describe('check-scenarios CLI', () => {
  it(
    'proves good scenarios (exit 0) and prints counts, as text and JSON',
    { timeout: 60_000 },
    async () => {
      const text = await cli(join(FIXTURES, 'campaign'), join(FIXTURES, 'minimal.yaml'));
      expect(text.code).toBe(0);
      expect(text.out).toContain('✔ campaign 1.2.0');
      expect(text.out).toContain("role finder: 1 decision and ending 'infected' on its main path");
      const json = await cli(join(FIXTURES, 'minimal.yaml'), '--json', '--graph', 'mermaid');
      const parsed = JSON.parse(json.out) as {
        ok: boolean;
        roles: { id: string; decisions: number; endings: number }[];
        problems: unknown[];
        graph: string;
      }[];
      expect(parsed[0]).toMatchObject({
        ok: true,
        roles: [{ id: 'solo', decisions: 1, endings: 2 }],
        problems: [],
      });
      expect(parsed[0]?.graph).toMatch(/^flowchart TD/);
    },
  );

  it(
    'refuses a broken copy with file, path and line, a non-zero exit and no stack trace',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'spillage-check-'));
      cpSync(join(FIXTURES, 'campaign'), join(dir, 'campaign'), { recursive: true });
      const role = join(dir, 'campaign', 'roles', 'finder.yaml');
      writeFileSync(role, readFileSync(role, 'utf8').replace('next: handed-in', 'next: handed'));
      const r = await cli(join(dir, 'campaign'), join(FIXTURES, 'problems', 'dead-end.yaml'));
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /campaign\/roles\/finder\.yaml:\d+:\d+ {2}roles\.finder\.beats\.car-park\.decision\.choices\.hand-in\.next/,
      );
      expect(r.out).toContain("did you mean 'handed-in'?");
      expect(r.out).toContain("beat 'shop' of role 'buyer' is a dead end");
      expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    },
  );
});

describe('check-scenarios --source', () => {
  it(
    'refuses a quote missing from the given source text, with file and line',
    { timeout: 60_000 },
    async () => {
      const refused = join(FIXTURES, 'refused');
      const r = await cli(
        join(refused, 'quote-not-in-source.yaml'),
        '--source',
        join(refused, 'quote-source.txt'),
      );
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/quote-not-in-source\.yaml:15:12 {2}sources\.s-two\.quote/);
      expect(r.out).toContain("the quote of source 's-two'");
      const missing = await cli(join(FIXTURES, 'minimal.yaml'), '--source');
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('--source takes the path of the source text');
    },
  );
});

describe('JSON Schemas', () => {
  it('scenarios/*.schema.json are up to date with the zod schema (run scripts/write-json-schema.ts)', async () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      const file = join(SCENARIOS, name);
      const expected = await format(text, {
        ...((await resolveConfig(file)) ?? {}),
        parser: 'json',
      });
      expect(readFileSync(file, 'utf8'), name).toBe(expected);
    }
  });
});
