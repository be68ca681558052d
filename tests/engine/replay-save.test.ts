import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { replay } from '../../src/engine/replay';
import { SAVE_VERSION, parseSave, serializeSave } from '../../src/engine/save';
import { wordProblem } from '../../src/i18n/problem-words';
import { fixture } from './fixtures';
import { randomPlay, startsOf } from './random-play';

describe('replay and saves', async () => {
  const s = await fixture('campaign');
  const starts = startsOf(s);
  const playArb = fc.record({
    start: fc.constantFrom(...starts),
    picks: fc.array(fc.nat(5), { maxLength: 10 }),
    cut: fc.nat(12),
  });

  it(
    'replay(log) reproduces the exact snapshot, at every point of random playthroughs',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(playArb, ({ start, picks, cut }) => {
          const { session } = randomPlay(s, start, picks);
          const log = session.log().slice(0, cut + 1);
          const again = replay(s, log);
          expect(again.ok).toBe(true);
          const original = replay(s, log);
          if (!again.ok || !original.ok) return;
          expect(again.session.snapshot().value).toEqual(original.session.snapshot().value);
          expect(again.session.snapshot().context).toEqual(original.session.snapshot().context);
          const full = replay(s, session.log());
          expect(full.ok && full.session.snapshot().context).toEqual(session.snapshot().context);
          expect(full.ok && full.session.view()).toEqual(session.view());
        }),
        { numRuns: 300 },
      );
    },
  );

  it('a save round-trips to the same view and log', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(playArb, ({ start, picks }) => {
        const { session } = randomPlay(s, start, picks);
        const loaded = parseSave(s, serializeSave(s, session.log(), 123));
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        expect(loaded.log).toEqual(session.log());
        expect(loaded.session.view()).toEqual(session.view());
        expect(loaded.session.snapshot().context).toEqual(session.snapshot().context);
      }),
      { numRuns: 200 },
    );
  });

  it('recognises wrong-version, other-scenario, changed-scenario and ill-fitting saves', () => {
    const session = createSession(s);
    session.start({ campaign: true });
    session.choose('plug-in', { at: 5 });
    const good = JSON.parse(serializeSave(s, session.log())) as Record<string, unknown>;
    const variant = (patch: Record<string, unknown>) =>
      parseSave(s, JSON.stringify({ ...good, ...patch }));
    const older = variant({ saveVersion: SAVE_VERSION - 1 });
    expect(older).toMatchObject({ ok: false, problem: 'wrong-version' });
    expect(older.ok ? '' : wordProblem(older.message)).toContain('older');
    expect(variant({ scenario: { id: 'usb-stick', version: s.version } })).toMatchObject({
      ok: false,
      problem: 'other-scenario',
    });
    expect(variant({ scenario: { id: s.id, version: '9.9.9' } })).toMatchObject({
      ok: false,
      problem: 'scenario-changed',
    });
    expect(
      variant({
        log: [
          { type: 'start', at: 0, campaign: true },
          { type: 'choose', at: 1, role: 'finder', beat: 'car-park', choice: 'burn-it' },
        ],
      }),
    ).toMatchObject({ ok: false, problem: 'does-not-fit' });
    expect(variant({ log: [{ type: 'teleport', at: 0 }] })).toMatchObject({
      ok: false,
      problem: 'corrupt',
    });
    expect(parseSave(s, '')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(parseSave(s, undefined)).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it(
    'never throws on corrupted saves: truncations, byte flips and arbitrary JSON',
    { timeout: 60_000 },
    () => {
      const session = createSession(s);
      session.start({ campaign: true });
      session.choose('plug-in', { at: 5, rationale: 'x', tally: { 'plug-in': 2 } });
      session.continue({ at: 6 });
      const text = serializeSave(s, session.log());
      fc.assert(
        fc.property(
          fc.oneof(
            fc.nat(text.length).map((n) => text.slice(0, n)),
            fc
              .tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
              .map(([i, ch]) => text.slice(0, i) + ch + text.slice(i + 1)),
            fc.json(),
            fc.jsonValue().map((v) => JSON.stringify({ ...(JSON.parse(text) as object), log: v })),
            fc.string(),
          ),
          (corrupt) => {
            const r = parseSave(s, corrupt);
            if (!r.ok) expect(wordProblem(r.message).length).toBeGreaterThan(10);
            else expect(['select', 'beat', 'ending', 'rejoin']).toContain(r.session.view().phase);
          },
        ),
        { numRuns: 2000 },
      );
    },
  );
});
