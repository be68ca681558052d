import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENGINE = join(dirname(fileURLToPath(import.meta.url)), '../../src/engine');
/** What the game imports eagerly from the engine (load-scenario only lazily, for dropped files). */
const PLAY_PATH = ['create-session', 'save', 'share-code', 'replay', 'build-view', 'view-types'];
/**
 * Modules that would pull full zod or a YAML parser into the game's first chunk. Saves are read
 * with zod's small build, `zod/mini` (through ./zod-mini), which is allowed.
 */
const HEAVY = ['zod', './zod', 'yaml'];

/**
 * The specifiers a module imports at run time: `import … from`, `export … from`, bare `import '…'`
 * and `import('…')`, leaving out `import type` / `export type`, which TypeScript erases.
 */
function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const statement =
    /(?:^|;|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of code.matchAll(statement)) {
    const clause = (m[3] ?? '').trim();
    const allTypes =
      /^\{[^}]*\}$/.test(clause) &&
      clause
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    if (!m[2] && !allTypes) out.push(m[4] as string);
  }
  for (const m of code.matchAll(/(?:^|;|\n)\s*import\s*['"]([^'"]+)['"]/g))
    out.push(m[1] as string);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] as string);
  return out;
}

/** Every module reachable from `entry` through run-time imports, with the path that reached it. */
function importGraph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] as string;
    const chain = reached.get(file) ?? [];
    if (!file.startsWith('/')) continue; // a package: not followed
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      const target = spec.startsWith('.')
        ? ([`${join(dirname(file), spec)}.ts`, join(dirname(file), spec, 'index.ts')].find(
            existsSync,
          ) ?? join(dirname(file), spec))
        : spec;
      const key = spec === './zod' ? './zod' : target;
      if (!reached.has(key)) {
        reached.set(key, [...chain, spec]);
        if (key === target) queue.push(target);
      }
    }
  }
  return reached;
}

describe("the game's play path imports neither full zod nor a YAML parser", () => {
  it('finds run-time imports and skips type-only ones', () => {
    expect(
      runtimeImports(
        [
          "import { a, type B } from './a';",
          "import type { C } from './c';",
          "import { type D } from './d';",
          "export { e } from './e';",
          "export type { F } from './f';",
          "import './g';",
          "const h = await import('./h');",
          "import {\n  i,\n  type J,\n} from 'i-pkg';",
        ].join('\n'),
      ),
    ).toEqual(['./a', './e', 'i-pkg', './g', './h']);
  });

  it('sees the heavy modules where they are imported (the walk is not blind)', () => {
    const load = importGraph(join(ENGINE, 'load-scenario.ts'));
    expect(load.has('./zod')).toBe(true);
    expect(load.has('yaml')).toBe(true);
    expect(importGraph(join(ENGINE, 'save.ts')).has('zod/mini')).toBe(true);
  });

  for (const name of PLAY_PATH) {
    it(`${name}.ts reaches none of ${HEAVY.join(', ')}`, () => {
      const graph = importGraph(join(ENGINE, `${name}.ts`));
      const heavy = HEAVY.filter((h) => graph.has(h)).map(
        (h) => `${h} via ${(graph.get(h) ?? []).map((p) => relative(ENGINE, p) || p).join(' → ')}`,
      );
      expect(heavy).toEqual([]);
      expect(graph.size).toBeGreaterThan(0);
    });
  }
});
