import { problem, type ProblemMessage } from './problem-message';

/** A file's bytes read as text, or why they are not text the loader can read. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: ProblemMessage };

/**
 * Reads a scenario file's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16
 * when a byte-order mark says so. Anything else (Windows-1252, Latin-1, a binary file…) is named
 * as such instead of being read as replacement characters.
 */
export function decodeScenarioBytes(bytes: Uint8Array): DecodedText {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // The decoder drops the byte-order mark itself (ignoreBOM is false by default).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message:
        encoding === 'utf-8'
          ? problem('scenarioFile.notUtf8')
          : problem('scenarioFile.notUtf16', { encoding: encoding.toUpperCase() }),
    };
  }
}
