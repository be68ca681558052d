import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SOUND_FOLDER,
  SOUND_IDS,
  SOUNDS,
  TOTAL_BUDGET_BYTES,
  soundUrls,
} from '../../src/audio/sound-catalogue';

const publicDir = join(import.meta.dirname, '../../public');
const referenced = SOUND_IDS.flatMap((id) => soundUrls(id).map((url) => ({ id, url })));

/** Tells the container from the first bytes, as a browser's decoder would. */
function containerOf(bytes: Buffer): 'ogg-opus' | 'mp3' | 'unknown' {
  if (bytes.subarray(0, 4).toString('latin1') === 'OggS' && bytes.includes('OpusHead'))
    return 'ogg-opus';
  if (bytes.subarray(0, 3).toString('latin1') === 'ID3') return 'mp3';
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'mp3';
  return 'unknown';
}

describe('sound files', () => {
  it.each(referenced)(
    '$url exists, is what its name says, and keeps to its budget',
    ({ id, url }) => {
      expect(url).toMatch(new RegExp(`^\\./${SOUND_FOLDER}/[a-z-]+\\.(opus|mp3)$`));
      const path = join(publicDir, url);
      const bytes = readFileSync(path);
      expect(bytes.length).toBeGreaterThan(200);
      expect(bytes.length).toBeLessThanOrEqual(SOUNDS[id].budgetBytes);
      expect(containerOf(bytes)).toBe(url.endsWith('.opus') ? 'ogg-opus' : 'mp3');
    },
  );

  it('keeps every sound together under the total budget', () => {
    const total = referenced.reduce((sum, { url }) => sum + statSync(join(publicDir, url)).size, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
  });

  it('ships no file that nothing refers to', () => {
    const names = new Set(referenced.map(({ url }) => url.split('/').pop()));
    expect(readdirSync(join(publicDir, SOUND_FOLDER)).filter((name) => !names.has(name))).toEqual(
      [],
    );
  });
});
