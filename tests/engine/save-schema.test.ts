import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { MAX_CHOICES as MAX_CHOICES_IN_TALLY } from '../../src/engine/ids';
import {
  LATEST_DATE_MS,
  MAX_ID_CHARS,
  MAX_LOG_ENTRIES,
  MAX_REASON_CHARS,
  MAX_VOTES,
} from '../../src/engine/limits';
import { parseSave, serializeSave } from '../../src/engine/save';
import { wordProblem } from '../../src/i18n/problem-words';
import { fixture } from './fixtures';

const s = await fixture('campaign');
const session = createSession(s);
session.start({ campaign: true }, { at: 1 });
session.choose('plug-in', { at: 5, rationale: 'x', tally: { 'plug-in': 2 } });
session.continue({ at: 6 });
const good = JSON.parse(serializeSave(s, session.log(), 7)) as Record<string, unknown>;
const REMOVE = Symbol('remove');

/** A save read back, a refusal's message in English words. */
function readSave(text: string) {
  const result = parseSave(s, text);
  return result.ok ? result : { ...result, message: wordProblem(result.message) };
}

/** A copy of the good save with the value at `path` replaced (or removed), read back. */
function tampered(path: readonly (string | number)[], value: unknown) {
  const copy = structuredClone(good);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], copy);
  const last = path.at(-1) ?? '';
  if (value === REMOVE) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
  return readSave(JSON.stringify(copy));
}

/** The message of a refused save; fails the test if the save was accepted. */
function refusal(path: readonly (string | number)[], value: unknown): string {
  const result = tampered(path, value);
  if (result.ok) throw new Error(`expected ${path.join('.')} = ${String(value)} to be refused`);
  return result.message;
}

describe('saves are read by the one log-entry schema, with one set of limits', () => {
  it('reads back what it wrote', () => {
    const read = parseSave(s, JSON.stringify(good));
    expect(read.ok && read.log).toEqual(session.log());
  });

  it('accepts every field at its limit, and refuses it one past', () => {
    const reason = (n: number) => tampered(['log', 1, 'rationale'], 'r'.repeat(n));
    expect(reason(MAX_REASON_CHARS).ok).toBe(true);
    expect(reason(MAX_REASON_CHARS + 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        `log[1].rationale is longer than ${MAX_REASON_CHARS} characters`,
      ) as unknown,
    });
    const votes = (n: number) => tampered(['log', 1, 'tally', 'plug-in'], n);
    expect(votes(MAX_VOTES).ok).toBe(true);
    for (const n of [MAX_VOTES + 1, 2 ** 53, -1, 1.5])
      expect(votes(n)).toMatchObject({
        ok: false,
        message: expect.stringContaining(
          `log[1].tally.plug-in must be a whole number of votes from 0 to ${MAX_VOTES}`,
        ) as unknown,
      });
    const at = (n: number) => tampered(['log', 2, 'at'], n);
    expect(at(LATEST_DATE_MS).ok).toBe(true);
    for (const n of [LATEST_DATE_MS + 1, -1, 1.5, -1e308, 1e308])
      expect(at(n)).toMatchObject({
        ok: false,
        message: expect.stringContaining(
          'log[2].at must be a time in whole milliseconds',
        ) as unknown,
      });
    const id = 'a'.repeat(MAX_ID_CHARS + 1);
    expect(refusal(['log', 1, 'beat'], id)).toContain(
      `log[1].beat must be an id: lowercase letters and digits joined by hyphens, at most ${MAX_ID_CHARS} characters`,
    );
    const many = Object.fromEntries(
      Array.from({ length: MAX_CHOICES_IN_TALLY + 1 }, (_, i) => [`c${i}`, 1]),
    );
    expect(refusal(['log', 1, 'tally'], many)).toContain(
      `log[1].tally counts more choices than a decision can offer (${MAX_CHOICES_IN_TALLY})`,
    );
    const start = { type: 'start', at: 0, campaign: true };
    const long = Array.from({ length: MAX_LOG_ENTRIES + 1 }, () => start);
    expect(refusal(['log'], long)).toContain(
      `log has ${MAX_LOG_ENTRIES + 1} items; at most ${MAX_LOG_ENTRIES} are allowed`,
    );
  });

  it.each<[string, (string | number)[], unknown, string]>([
    [
      'an unknown entry type',
      ['log', 0, 'type'],
      'teleport',
      'log[0].type must be one of start, choose, continue, next-role, rejoin',
    ],
    ['a missing choice', ['log', 1, 'choice'], REMOVE, "'choice' is missing in log[1]"],
    ['a choice that is not text', ['log', 1, 'choice'], 42, 'log[1].choice must be text'],
    ['an extra key in an entry', ['log', 1, 'mood'], 'tense', "unexpected key 'mood' in log[1]"],
    ['an extra key at the top', ['cheat'], true, "unexpected key 'cheat' at the top level"],
    [
      'a campaign flag that is false',
      ['log', 0, 'campaign'],
      false,
      'log[0].campaign must be true',
    ],
    ['a tally that is a list', ['log', 1, 'tally'], [2], 'log[1].tally must be an object'],
    ['a log that is not a list', ['log'], {}, 'log must be a list'],
    ['a missing scenario', ['scenario'], REMOVE, "'scenario' is missing at the top level"],
    [
      'a scenario id that is no id',
      ['scenario', 'id'],
      'Equation Group',
      'scenario.id must be an id',
    ],
    ['a savedAt far in the past', ['savedAt'], -1e308, 'savedAt must be a time'],
    ['a save version that is not a number', ['saveVersion'], 'one', 'saveVersion must be a number'],
  ])('refuses %s, naming the field', (_, path, value, expected) => {
    const message = refusal(path, value);
    expect(message).toContain(expected);
    expect(message).toMatch(
      /^This save is damaged or is not a Spillage save \(.+\); you can start afresh\.$/s,
    );
  });

  it('drops a tally key named __proto__ and never lets it reach a prototype', () => {
    const read = tampered(['log', 1, 'tally'], JSON.parse('{"__proto__": 1, "plug-in": 2}'));
    const tally = read.ok ? read.log[1]?.type === 'choose' && read.log[1].tally : undefined;
    expect(tally).toEqual({ 'plug-in': 2 });
    expect(Object.getPrototypeOf(tally)).toBe(Object.prototype);
  });

  it('echoes at most a short piece of a hostile key or id', () => {
    const hostile = 'k'.repeat(1_600_000);
    const message = refusal(['log', 1, hostile], 1);
    expect(message).toContain(`unexpected key '${'k'.repeat(39)}…' in log[1]`);
    expect(message.length).toBeLessThan(200);
    expect(refusal(['scenario', 'id'], hostile).length).toBeLessThan(250);
  });

  it('counts the problems it does not spell out', () => {
    const copy = structuredClone(good) as { log: Record<string, unknown>[] };
    Object.assign(copy.log[1] ?? {}, { choice: 1, beat: 2, role: 3 });
    const result = readSave(JSON.stringify(copy));
    expect(result.ok ? '' : result.message).toContain(
      'log[1].role must be text (and 2 more problems)',
    );
  });

  it('refuses text that is not a save at all', () => {
    for (const text of ['', 'null', '[1]', '{"format":"spillage-save"', 'x'.repeat(5_000_001)])
      expect(parseSave(s, text).ok).toBe(false);
  });
});
