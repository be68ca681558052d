import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSaveShape } from '../../src/engine/read-save-shape';
import { z } from '../../src/engine/zod';

// The zod schema saves were checked with before the hand-written check replaced it (to keep zod
// out of the game's play path): kept here as the oracle the new check must agree with.
const at = z.number().finite();
const name = z.string().max(200);
const OracleSchema = z.strictObject({
  format: z.literal('spillage-save'),
  saveVersion: z.number(),
  scenario: z.strictObject({ id: z.string(), version: z.string() }),
  savedAt: at.optional(),
  log: z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({
          type: z.literal('start'),
          at,
          role: name.optional(),
          campaign: z.literal(true).optional(),
        }),
        z.strictObject({
          type: z.literal('choose'),
          at,
          role: name,
          beat: name,
          choice: name,
          rationale: z.string().max(20_000).optional(),
          tally: z.record(name, z.number().int().nonnegative()).optional(),
        }),
        z.strictObject({ type: z.literal('continue'), at, role: name, beat: name }),
        z.strictObject({ type: z.literal('next-role'), at, role: name }),
        z.strictObject({ type: z.literal('rejoin'), at, role: name }),
      ]),
    )
    .max(100_000),
});

const good = {
  format: 'spillage-save',
  saveVersion: 1,
  scenario: { id: 'usb-stick', version: '1.0.0' },
  savedAt: 5,
  log: [
    { type: 'start', at: 0, campaign: true },
    { type: 'choose', at: 1, role: 'finder', beat: 'car-park', choice: 'plug-in', tally: { a: 2 } },
    { type: 'continue', at: 2, role: 'finder', beat: 'office' },
    { type: 'next-role', at: 3, role: 'desk' },
    { type: 'rejoin', at: 4, role: 'desk' },
  ],
};

/** Values that sit on the edges of what the schema accepts. */
const edgy = fc.oneof(
  fc.constantFrom(
    'start',
    'choose',
    'continue',
    'next-role',
    'rejoin',
    'teleport',
    'spillage-save',
    true,
    false,
    null,
    0,
    -1,
    1.5,
    2 ** 53,
    -0,
    Infinity,
    'x'.repeat(200),
    'x'.repeat(201),
    [],
    {},
    '__proto__',
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A copy of `v` with one value somewhere replaced, one key removed, or one key added. */
function mutate(v: unknown, path: number[], value: unknown, op: number): unknown {
  if (v === null || typeof v !== 'object') return value;
  const list: unknown[] | undefined = Array.isArray(v) ? (v as unknown[]) : undefined;
  const entries: [string | number, unknown][] = list ? [...list.entries()] : Object.entries(v);
  if (entries.length === 0 || path.length === 0) {
    if (list) return op === 0 ? [...list, value] : value;
    return op === 0 ? { ...v, extra: value } : op === 1 ? { ...v, tally: value } : value;
  }
  const i = (path[0] as number) % entries.length;
  const [key, child] = entries[i] ?? ['', undefined];
  if (op === 2 && path.length === 1 && !list) {
    const copy = { ...(v as Record<string, unknown>) };
    delete copy[key];
    return copy;
  }
  const replaced = mutate(child, path.slice(1), value, op);
  if (list) return list.map((x, j) => (j === i ? replaced : x));
  return { ...v, [key]: replaced };
}

describe('readSaveShape: the hand-written save check', () => {
  it('accepts a well-formed save', () => {
    expect(readSaveShape(good)).toBe(good);
  });

  it('agrees with the zod schema it replaced on 5,000 mutated saves', { timeout: 60_000 }, () => {
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(fc.nat(10), { maxLength: 4 }), edgy, fc.nat(3), (path, value, op) => {
        const data = JSON.parse(JSON.stringify(mutate(good, path, value, op)) ?? 'null') as unknown;
        const accepted = OracleSchema.safeParse(data).success;
        expect(readSaveShape(data) !== undefined).toBe(accepted);
        seen[accepted ? 'accepted' : 'refused']++;
      }),
      { numRuns: 5_000 },
    );
    // Both sides of the line are exercised, not only refusals.
    expect(seen.accepted).toBeGreaterThan(200);
    expect(seen.refused).toBeGreaterThan(200);
  });

  it('agrees with the zod schema on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (data) => {
        expect(readSaveShape(data) !== undefined).toBe(OracleSchema.safeParse(data).success);
      }),
      { numRuns: 2_000 },
    );
  });
});
