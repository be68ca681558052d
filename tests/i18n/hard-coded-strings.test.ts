import { describe, expect, it } from 'vitest';
import { findHardCodedStrings } from './find-hard-coded-strings';

/**
 * The code that words what players, trainers and screen readers meet. Every such word comes from
 * the catalogues (src/i18n/messages); a string that must stay as it is says why on its line:
 * `// not-translated: <reason>`.
 */
const WORDED_HERE = [
  'src/ui',
  'src/join',
  'src/facilitation',
  'src/live-room',
  'src/audio',
  'src/flow',
  'src/scenes',
  'src/stage',
];

describe('user-facing words', () => {
  // It parses every source file: about 1 s alone, over 5 s on a busy machine.
  it('come from the message catalogues, not from strings in the code', () => {
    const found = findHardCodedStrings(process.cwd(), WORDED_HERE);
    expect(found.map((f) => `${f.file}:${f.line}  ${f.text}`)).toEqual([]);
  }, 30_000);
});
