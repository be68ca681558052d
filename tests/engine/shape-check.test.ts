import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ScenarioSchema } from '../../src/engine/schema';
import { shapeCheck } from '../../src/engine/shape-check';
import { z } from '../../src/engine/zod';
import { fixtureFiles } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a document. */
function pathsOf(doc: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(doc)) doc.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (doc !== null && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** A copy of `doc` with the value at `path` replaced by `f(value)` (undefined: removed). */
function update(doc: Json, path: (string | number)[], f: (v: Json) => Json | undefined): Json {
  if (path.length === 0) return f(doc) ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(doc))
    return doc.flatMap((v, i) =>
      i !== head ? [v] : rest.length === 0 && f(v) === undefined ? [] : [update(v, rest, f)],
    );
  if (doc !== null && typeof doc === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(doc)) {
      if (k !== head) out[k] = v;
      else if (rest.length > 0) out[k] = update(v, rest, f);
      else {
        const next = f(v);
        if (next !== undefined) out[k] = next;
      }
    }
    return out;
  }
  return doc;
}

const EDGES: Json[] = [
  null,
  true,
  false,
  0,
  -1,
  0.5,
  2 ** 53,
  1e308,
  '',
  'x',
  'Not-An-Id',
  'an-id',
  'a.b.c',
  '1.0.0',
  'en',
  'reported',
  'what-if',
  'rumour',
  [],
  ['x'],
  ['a', 'b', 'c', 'd', 'e'],
  {},
  { fact: 'x', is: true },
  { meter: 'm', min: 1 },
  { chose: 'a.b.c' },
  { all: [] },
  { any: [{ not: { chose: 'a.b.c' } }] },
  { set: { x: true } },
  { add: { x: 1 } },
  JSON.parse('{"__proto__": 1, "x": 1}') as Json,
];

describe('shapeCheck: a compiled yes/no of the zod schema', () => {
  const accepts = shapeCheck(ScenarioSchema);

  it('compiles the scenario schema, and refuses what it does not know', () => {
    expect(accepts).toBeDefined();
    expect(
      shapeCheck(z.string().transform((s) => s.length) as unknown as z.ZodType),
    ).toBeUndefined();
    expect(shapeCheck(z.object({ a: z.string() }))).toBeUndefined(); // not strict: zod strips
  });

  it('says yes only where zod accepts and returns the document unchanged', async () => {
    const [minimal] = await fixtureFiles('minimal.yaml');
    const conditions = (await fixtureFiles('conditions.yaml'))[0];
    const docs = [minimal, conditions].map((f) => parse(f?.text ?? '') as Json);
    for (const d of docs) expect(accepts?.(d)).toBe(true);
    const all = docs.map((d) => ({ d, paths: pathsOf(d) }));
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(
        fc.nat(all.length - 1),
        fc.nat(),
        fc.oneof(fc.constantFrom(...EDGES), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
        fc.nat(3),
        (k, at, value, op) => {
          const { d, paths } = all[k] as (typeof all)[number];
          const path = paths[at % paths.length] as (string | number)[];
          const doc =
            op === 0
              ? update(d, path, () => value)
              : op === 1
                ? update(d, path, () => undefined)
                : op === 2
                  ? update(d, path, (v) =>
                      v !== null && typeof v === 'object' && !Array.isArray(v)
                        ? { ...v, extra: value }
                        : value,
                    )
                  : update(d, path, (v) => (Array.isArray(v) ? [...v, value] : value));
          const zod = ScenarioSchema.safeParse(doc);
          if (accepts?.(doc)) {
            yes++;
            expect(zod.success).toBe(true);
            if (zod.success) expect(zod.data).toStrictEqual(doc);
          } else {
            no++;
            expect(zod.success).toBe(false);
          }
        },
      ),
      { numRuns: 4_000 },
    );
    expect(yes).toBeGreaterThan(100);
    expect(no).toBeGreaterThan(100);
  });
});
