import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../src/ui/safety-net';

describe('describeProblem', () => {
  it('names what went wrong in plain words, by the kind of error', () => {
    expect(describeProblem(new DOMException('full', 'QuotaExceededError'))).toMatch(
      /storage is full/,
    );
    expect(describeProblem(new DOMException('no', 'SecurityError'))).toMatch(
      /refused the game access to its storage/,
    );
    expect(describeProblem(new URIError('URI malformed'))).toMatch(/address .* is damaged/);
    expect(describeProblem(new SyntaxError('Unexpected token'))).toMatch(
      /damaged or not in the form/,
    );
  });

  it('says something useful about anything else, even a thrown string or nothing at all', () => {
    for (const problem of [new TypeError('x is undefined'), 'a string', undefined, null, 42])
      expect(describeProblem(problem)).toBe(
        'Part of the game stopped because of a problem it did not expect.',
      );
  });
});
