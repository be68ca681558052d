import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * src/scenes/phaser-pieces.ts runs parts of Phaser before the stage's Phaser
 * (src/scenes/phaser-for-the-stage.ts). Phaser's sources are CommonJS: a module runs when first
 * required, and a module in a require cycle sees the others half-made. Running a part early is
 * safe as long as every cycle's modules still run in the same order; this follows Phaser's own
 * requires to check it.
 */
const sources = fileURLToPath(new URL('../../node_modules/phaser/src/', import.meta.url));
const entry = fileURLToPath(new URL('../../src/scenes/phaser-for-the-stage.ts', import.meta.url));
const piecesFile = fileURLToPath(new URL('../../src/scenes/phaser-pieces.ts', import.meta.url));

/** The Phaser modules a file of ours imports, in its order, as paths. */
function phaserImports(file: string, pattern: RegExp): string[] {
  return [...readFileSync(file, 'utf8').matchAll(pattern)].map(([, path]) => join(sources, path!));
}

function resolveRequire(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [base, `${base}.js`, join(base, 'index.js')].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
}

/**
 * Every module reachable from the stage's Phaser, with the modules it requires, in source order.
 * The entry itself imports (ESM, run in order like requires); Phaser's modules require.
 */
function requireGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    if (file === entry) {
      const imported = phaserImports(entry, /^import (?:\w+ from )?'phaser\/src\/([^']+)'/gm);
      graph.set(file, imported);
      imported.forEach(visit);
      return;
    }
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const required = [...code.matchAll(/require\(\s*'(\.[^']+)'\s*\)/g)].flatMap(([, spec]) => {
      const path = resolveRequire(file, spec!);
      return path ? [path] : [];
    });
    graph.set(file, required);
    required.forEach(visit);
  };
  visit(entry);
  return graph;
}

/** The order in which CommonJS first runs each module when `roots` are required one by one. */
function runOrder(graph: Map<string, string[]>, roots: readonly string[]): string[] {
  const started = new Set<string>();
  const order: string[] = [];
  const run = (file: string): void => {
    if (started.has(file)) return;
    started.add(file);
    order.push(file);
    for (const dependency of graph.get(file) ?? []) run(dependency);
  };
  roots.forEach(run);
  return order;
}

/** The require cycles: groups of two or more modules that each reach all the others. */
function requireCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, counter);
    lowest.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        connect(next);
        lowest.set(file, Math.min(lowest.get(file)!, lowest.get(next)!));
      } else if (onStack.has(next)) lowest.set(file, Math.min(lowest.get(file)!, index.get(next)!));
    }
    if (lowest.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1) cycles.push(group);
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return cycles;
}

/** The Phaser modules phaser-pieces.ts imports, in its order. */
function pieceFiles(): string[] {
  return phaserImports(piecesFile, /import\('phaser\/src\/([^']+)'\)/g);
}

describe("Phaser's pieces, run ahead of Phaser", () => {
  const graph = requireGraph();
  const pieces = pieceFiles();

  it('names modules the stage runs anyway', () => {
    expect(graph.get(entry)!.length).toBeGreaterThan(10); // the parse of the entry found its parts
    expect(pieces.length).toBeGreaterThan(0);
    for (const piece of pieces) expect(graph.has(piece), relative(sources, piece)).toBe(true);
  });

  it('leaves every require cycle running in the order Phaser gives it', () => {
    const cycles = requireCycles(graph);
    expect(cycles.length).toBeGreaterThan(0); // Phaser has some; finding none means the parse broke
    const own = runOrder(graph, [entry]);
    const ahead = runOrder(graph, [...pieces, entry]);
    for (const cycle of cycles) {
      const members = new Set(cycle);
      const names = (order: string[]) =>
        order.filter((file) => members.has(file)).map((file) => relative(sources, file));
      expect(names(ahead)).toEqual(names(own));
    }
  });
});
