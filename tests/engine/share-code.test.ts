import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/load-scenario';
import {
  decodeShareCode,
  encodeShareCode,
  sessionFromShareCode,
} from '../../src/engine/share-code';
import { wordProblem } from '../../src/i18n/problem-words';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { playableTargets } from './fixtures';
import { randomPlay, startsOf } from './random-play';

describe('share codes', async () => {
  const loaded = await Promise.all(
    playableTargets().map(async (t) => {
      const r = loadScenario(await readScenarioFolder(t.path));
      return { name: t.name, scenario: r.ok ? r.scenario : undefined };
    }),
  );
  for (const { name, scenario: s } of loaded) {
    it(
      `${name}: a code round-trips to the same choices and path, URL-safe, ≤ 120 characters per role`,
      { timeout: 60_000 },
      () => {
        expect(s, `${name} should load`).toBeDefined();
        if (!s) return;
        fc.assert(
          fc.property(
            fc.constantFrom(...startsOf(s)),
            fc.array(fc.nat(40), { maxLength: 60 }),
            (start, picks) => {
              const { session } = randomPlay(s, start, picks);
              const code = encodeShareCode(s, session.log());
              expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
              if ('role' in start) expect(code.length).toBeLessThanOrEqual(120);
              const back = sessionFromShareCode(s, code);
              expect(back.ok).toBe(true);
              if (!back.ok) return;
              expect(back.session.decisions().map((d) => [d.role, d.beat, d.choice])).toEqual(
                session.decisions().map((d) => [d.role, d.beat, d.choice]),
              );
              expect(encodeShareCode(s, back.session.log())).toBe(code);
            },
          ),
          { numRuns: 100 },
        );
      },
    );
  }

  it('decodeShareCode never throws and refuses damaged codes', { timeout: 60_000 }, () => {
    const { scenario: s } = loaded.find((l) => l.name === 'fixtures/campaign') ?? {};
    if (!s) throw new Error('campaign fixture missing');
    const code = encodeShareCode(s, randomPlay(s, { campaign: true }, [0, 0]).session.log());
    expect(decodeShareCode(code)).toMatchObject({
      ok: true,
      path: {
        scenarioId: 'campaign',
        version: '1.2.0',
        start: { campaign: true },
        choices: [0, 0],
      },
    });
    expect(decodeShareCode(code.slice(0, -1)).ok).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.anything(),
          fc
            .tuple(fc.nat(code.length - 1), fc.constantFrom(...'0123456789abcz~_-.X'))
            .map(([i, c]) => code.slice(0, i) + c + code.slice(i + 1)),
        ),
        (x) => {
          const d = decodeShareCode(x);
          if (!d.ok) expect(wordProblem(d.message)).toMatch(/^This share code is not valid/);
          const r = sessionFromShareCode(s, x);
          if (!r.ok) expect(wordProblem(r.message)).toMatch(/share code/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
