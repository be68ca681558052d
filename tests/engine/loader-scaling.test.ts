import { describe, expect, it } from 'vitest';
import { MAX_BEATS } from '../../src/engine/check-text-limits';
import { didYouMean } from '../../src/engine/did-you-mean';
import { loadScenario, MAX_REPORTED_ERRORS } from '../../src/engine/load-scenario';
import type { Hint } from '../../src/engine/problem-message';
import { formatErrors } from '../../src/i18n/format-errors';
import { wordProblem } from '../../src/i18n/problem-words';
import { HOSTILE_KINDS, hostileScenario } from './hostile-scenarios';

const SMALL = 16 * 1024;
/** Three doublings of the input: linear work grows about 8×, quadratic work 64×. */
const LARGE = 8 * SMALL;
/**
 * The most growth accepted for 8× the input: 16×, that is about 2.5× a doubling. Measured here:
 * linear kinds grow 5-6× (warm-up included), syntax errors about 10× (sorting and placing them
 * is n log n); the yaml package's own unique-keys check, quadratic, grows 30× on 'unknown-keys'.
 */
const MOST_GROWTH = 16;

/** The least CPU time of a few loads of `text`, in ms (the least is the least disturbed). */
function cpuMs(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const before = process.cpuUsage();
    loadScenario([{ path: 'hostile.yaml', text }]);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('the loader scales linearly on hostile input (issue 16)', () => {
  loadScenario([{ path: 'warm.yaml', text: hostileScenario('unknown-keys', SMALL) }]);
  for (const kind of HOSTILE_KINDS) {
    it(
      `${kind}: 8× the input costs at most ${MOST_GROWTH}× the CPU time`,
      { timeout: 30_000 },
      () => {
        const small = cpuMs(hostileScenario(kind, SMALL));
        const large = cpuMs(hostileScenario(kind, LARGE));
        expect(
          large / Math.max(small, 1),
          `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`,
        ).toBeLessThan(MOST_GROWTH);
      },
    );
  }

  it('reports at most 100 errors, then how many more', () => {
    const r = loadScenario([
      { path: 'h.yaml', text: hostileScenario('beats-without-next', LARGE) },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    const codes = new Set(r.errors.slice(0, -1).map((e) => e.code));
    expect([...codes].sort()).toEqual(['no-way-on', 'too-many-beats', 'unreachable']);
    expect(formatErrors(r.errors.slice(-1))).toMatch(/\n {2}and [\d,]+ more errors not shown/);
  });

  it(`refuses more than ${MAX_BEATS} beats and endings, saying how many there are`, () => {
    const text = hostileScenario('beats-without-next', 80 * MAX_BEATS);
    const r = loadScenario([{ path: 'h.yaml', text }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const tooMany = r.errors.find((e) => e.code === 'too-many-beats');
    expect(tooMany).toMatchObject({ path: 'roles', line: 10 }); // the first role
    expect(tooMany && wordProblem(tooMany.message)).toMatch(
      /has 1,1\d\d beats and endings in all; .* at most 1,000/,
    );
  });

  it('suggests within a bounded search: nothing for overlong words, nothing past its budget', () => {
    const words = (hint: Hint) => (hint === '' ? '' : wordProblem(hint));
    expect(didYouMean('x'.repeat(10_000), ['x'.repeat(10_001)])).toBe('');
    expect(words(didYouMean('car-prak', ['car-park', 'office']))).toBe(
      "; did you mean 'car-park'?",
    );
    const near = 'zzzz-2';
    const far = Array.from({ length: 50_000 }, (_, i) => `q${String(i).padStart(5, '0')}`);
    expect(words(didYouMean('zzzz-1', [near, ...far]))).toBe(`; did you mean '${near}'?`);
    expect(didYouMean('zzzz-1', [...far, near])).toBe(''); // the budget ran out first
  });
});
