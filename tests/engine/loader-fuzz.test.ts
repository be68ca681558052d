import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatErrors } from '../../src/i18n/format-errors';
import { wordProblem } from '../../src/i18n/problem-words';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import { fixtureFiles } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a document. */
function pathsOf(
  doc: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (doc !== null && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** A copy of `doc` with the value at `path` replaced by `f(value)`. */
function update(doc: Json, path: (string | number)[], f: (v: Json) => Json): Json {
  if (path.length === 0) return f(doc);
  const [head, ...rest] = path;
  if (Array.isArray(doc)) return doc.map((v, i) => (i === head ? update(v, rest, f) : v));
  if (doc !== null && typeof doc === 'object')
    return Object.fromEntries(
      Object.entries(doc).map(([k, v]) => [k, k === head ? update(v, rest, f) : v]),
    );
  return doc;
}

/** A value of a different type, which every field of the format refuses. */
function wrongType(v: Json): Json {
  if (typeof v === 'string') return { not: 'a string' };
  if (typeof v === 'number') return 'not a number';
  if (typeof v === 'boolean') return 'maybe';
  if (Array.isArray(v)) return 42;
  if (v === null) return 42;
  return 'not a mapping';
}

describe('loader fuzzing: malformed documents are refused with ScenarioErrors, never a throw', async () => {
  const [minimal] = await fixtureFiles('minimal.yaml');
  const folder = await fixtureFiles('campaign');
  if (!minimal) throw new Error('minimal fixture missing');
  const valid = parse(minimal.text) as Json;
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((p) => {
    let v: Json = valid;
    for (const seg of p) v = (v as Record<string | number, Json>)[seg] as Json;
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const leafPaths = paths.filter((p) => p.length > 0);
  const single = (text: string): ScenarioFileInput[] => [{ path: 'fuzz.yaml', text }];

  const malformed: fc.Arbitrary<ScenarioFileInput[]> = fc.oneof(
    // Arbitrary text, and arbitrary data written as YAML or JSON.
    fc.string({ maxLength: 300 }).map(single),
    fc.string({ unit: 'binary', maxLength: 200 }).map(single),
    fc.anything({ maxDepth: 4 }).map((v) => single(stringify(v) ?? '')),
    fc.jsonValue({ maxDepth: 4 }).map((v) => single(JSON.stringify(v) ?? 'null')),
    // The valid document with an unknown key added somewhere.
    fc
      .tuple(
        fc.constantFrom(...objectPaths),
        fc.constantFrom('colour', 'zz-unknown', 'Title', '__proto__', 'constructor'),
      )
      .map(([p, key]) =>
        single(stringify(update(valid, p, (v) => ({ ...(v as object), [key]: 'x' })))),
      ),
    // The valid document with a value of the wrong type somewhere.
    fc.constantFrom(...leafPaths).map((p) => single(stringify(update(valid, p, wrongType)))),
    // The valid document cut in half or more (YAML and JSON).
    fc.tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.boolean()).map(([cut, json]) => {
      const text = json ? JSON.stringify(valid) : minimal.text;
      return single(text.slice(0, Math.floor(text.length * cut)));
    }),
    // Structural bombs: deep nesting, aliases, several documents, tabs.
    fc
      .nat({ max: 5000 })
      .map((n) => single(`id: x\nroles: ${'['.repeat(n + 65)}${']'.repeat(n + 65)}`)),
    fc
      .nat({ max: 300 })
      .map((n) =>
        single(Array.from({ length: n + 65 }, (_, i) => `${' '.repeat(i)}- k${i}:`).join('\n')),
      ),
    fc.constant(single('a: &a [*a]\nb: *a')),
    fc.string({ maxLength: 20 }).map((s) => single(`${minimal.text}\n---\n${s}`)),
    // A folder with one file damaged byte-wise (a dangling id, a removed colon, a tab).
    fc
      .tuple(
        fc.nat({ max: folder.length - 1 }),
        fc.constantFrom(
          ['next: infected', 'next: infectd'],
          ['id: finder', 'id finder'],
          ['  - id: office', '\t- id: office'],
          ['quote:', 'quote'],
        ),
      )
      .map(([i, [a, b]]) => {
        const files = folder.map((f) => ({ ...f }));
        const target = files.find((f) => f.text.includes(a as string)) ?? files[i];
        if (target) target.text = target.text.replace(a as string, b as string);
        return files;
      }),
  );

  it('refuses 2,000 generated malformed documents', { timeout: 60_000 }, () => {
    let refused = 0;
    fc.assert(
      fc.property(malformed, (files) => {
        const result = loadScenario(files); // a throw here fails the property
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          expect(typeof e.file).toBe('string');
          expect(typeof e.path).toBe('string');
          expect(Number.isInteger(e.line) && e.line >= 1).toBe(true);
          expect(Number.isInteger(e.column) && e.column >= 1).toBe(true);
          expect(e.code).toMatch(/^[a-z-]+$/);
          expect(wordProblem(e.message).length).toBeGreaterThan(5);
        }
        expect(formatErrors(result.errors).length).toBeGreaterThan(0);
        refused++;
      }),
      { numRuns: 2_000 },
    );
    expect(refused).toBe(2_000);
  });

  it('never throws, whatever is passed in place of files', () => {
    for (const bad of [
      [],
      null,
      undefined,
      [{}],
      [{ path: 1, text: 2 }],
      [null],
      'text',
      [{ path: 'a.yaml' }],
    ] as unknown[]) {
      const r = loadScenario(bad as ScenarioFileInput[]);
      expect(r.ok).toBe(false);
    }
  });
});
