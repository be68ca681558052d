import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes } from '../../src/engine/decode-scenario-bytes';
import { wordProblem } from '../../src/i18n/problem-words';

describe('decodeScenarioBytes: text in UTF-8 or UTF-16 with a mark; anything else named', () => {
  const text = 'id: café\n';
  it('reads UTF-8, with or without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeScenarioBytes(utf8)).toEqual({ ok: true, text });
    expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text,
    });
  });
  it('reads UTF-16 in either byte order when its mark says so', () => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeScenarioBytes(new Uint8Array(le))).toEqual({ ok: true, text });
    expect(decodeScenarioBytes(new Uint8Array(be))).toEqual({ ok: true, text });
  });
  it('names Latin-1 (or any non-UTF-8 bytes) instead of reading replacement characters', () => {
    const r = decodeScenarioBytes(new Uint8Array(Buffer.from(text, 'latin1')));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(wordProblem(r.message)).toMatch(/not UTF-8 text/);
  });
});
