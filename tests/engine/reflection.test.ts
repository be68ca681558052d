import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/load-scenario';
import { MAX_REFLECTION_CHARS, MAX_SHARED_REFLECTION_BYTES } from '../../src/engine/limits';
import {
  cleanReflection,
  decodeReflection,
  encodeReflection,
  reflectionForLink,
} from '../../src/engine/reflection';
import {
  decodeShareCode,
  encodeShareCode,
  sessionFromShareCode,
} from '../../src/engine/share-code';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { StoredProgressSchema } from '../../src/ui/kept-progress';
import { randomPlay } from './random-play';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('the reflection', async () => {
  const loaded = loadScenario(await readScenarioFolder('scenarios/equation-group'));
  if (!loaded.ok) throw new Error('the Equation Group scenario should load');
  const scenario = loaded.scenario;
  const log = randomPlay(scenario, { role: 'ceo' }, [0, 1, 0, 0]).session.log();

  it('is plain text: line breaks kept, other control characters dropped, bounded', () => {
    expect(cleanReflection('One\r\ntwo\u0000\u0007 <b>three</b>\tfour')).toBe(
      'One\ntwo <b>three</b>\tfour',
    );
    expect(cleanReflection('x'.repeat(MAX_REFLECTION_CHARS + 50))).toHaveLength(
      MAX_REFLECTION_CHARS,
    );
    // A cut never leaves half a character.
    const emoji = cleanReflection('a' + '😀'.repeat(MAX_REFLECTION_CHARS));
    expect(emoji.length).toBe(MAX_REFLECTION_CHARS - 1);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });

  it('round-trips through base64url for any kept text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (raw) => {
        const text = cleanReflection(raw);
        const encoded = encodeReflection(text);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        if (text.trim() !== '') expect(decodeReflection(encoded)).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(decodeReflection('@@@@')).toBeNull();
    expect(decodeReflection(encodeReflection('ok').slice(0, 1))).toBeNull();
    expect(decodeReflection(encodeReflection('line\u0007'))).toBeNull(); // not kept text
  });

  it('a link carries a long reflection shortened to its budget, marked with “…”', () => {
    const short = reflectionForLink('I would ask who else held the files.');
    expect(short).toEqual({ text: 'I would ask who else held the files.', shortened: false });
    const ascii = 'Report it at once. '.repeat(30).slice(0, MAX_REFLECTION_CHARS);
    expect(reflectionForLink(ascii).shortened).toBe(false);
    const wide = 'Я бы сразу сообщил владельцу. '.repeat(30).slice(0, MAX_REFLECTION_CHARS);
    expect(bytes(wide)).toBeGreaterThan(MAX_SHARED_REFLECTION_BYTES);
    const cut = reflectionForLink(wide);
    expect(cut.shortened).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(bytes(cut.text)).toBeLessThanOrEqual(MAX_SHARED_REFLECTION_BYTES);
    expect(wide.startsWith(cut.text.slice(0, -1))).toBe(true);
  });

  it('a share code without a reflection is the code it always was', () => {
    const plain = encodeShareCode(scenario, log);
    expect(plain.split('~')).toHaveLength(4);
    expect(encodeShareCode(scenario, log, '')).toBe(plain);
    const decoded = decodeShareCode(plain);
    expect(decoded.ok && decoded.path.reflection).toBe(undefined);
  });

  it('a share code with a reflection replays the same path and gives the text back', () => {
    const text = 'I would have called the owner <script>alert(1)</script>\nand kept a copy. ✓';
    const plain = encodeShareCode(scenario, log);
    const code = encodeShareCode(scenario, log, text);
    expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
    expect(code.startsWith(plain.slice(0, -1))).toBe(true);
    const back = sessionFromShareCode(scenario, code);
    expect(back.ok && back.reflection).toBe(text);
    const plainBack = sessionFromShareCode(scenario, plain);
    if (!back.ok || !plainBack.ok) throw new Error('both codes should replay');
    expect(back.session.decisions()).toEqual(plainBack.session.decisions());
    // The longest reflection still makes a code the decoder accepts.
    const longest = encodeShareCode(scenario, log, '€'.repeat(MAX_REFLECTION_CHARS));
    expect(longest.length).toBeLessThanOrEqual(1_500);
    expect(decodeShareCode(longest).ok).toBe(true);
  });

  it('a damaged reflection is refused by the check digit or by name', () => {
    const code = encodeShareCode(scenario, log, 'Tell the owner.');
    const changed = code.replace(/~([A-Za-z])/, (_, c: string) => `~${c === 'A' ? 'B' : 'A'}`);
    expect(decodeShareCode(changed).ok).toBe(false);
    expect(decodeShareCode(code.slice(0, -3)).ok).toBe(false);
    const plain = encodeShareCode(scenario, log);
    expect(decodeShareCode(`${plain.slice(0, -1)}~${plain.slice(-1)}`)).toMatchObject({
      ok: false,
    });
  });

  it('is kept with progress; progress kept before it existed still reads', () => {
    const old = { scenarioId: 'equation-group', save: '{}', screen: 'debrief' };
    expect(StoredProgressSchema.safeParse(old).success).toBe(true);
    const kept = { ...old, reflections: { ceo: { text: 'Ask first.', share: false } } };
    expect(StoredProgressSchema.safeParse(kept).success).toBe(true);
    const long = { ...old, reflections: { ceo: { text: 'x'.repeat(501), share: true } } };
    expect(StoredProgressSchema.safeParse(long).success).toBe(false);
    const unticked = { ...old, reflections: { ceo: { text: 'Ask first.' } } };
    expect(StoredProgressSchema.safeParse(unticked).success).toBe(false);
  });
});
