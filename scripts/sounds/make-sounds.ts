/**
 * `npm run sounds`: synthesises every sound in the catalogue, writes it as WAV, and encodes it
 * with ffmpeg into the small files the game ships (public/sounds/*.opus and *.mp3). The output
 * is committed, so neither the game nor CI needs ffmpeg; only regenerating does.
 * Options: `--wav <folder>` also keeps the WAV masters there.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SoundId } from '../../src/audio/sound-catalogue';
import {
  SOUND_FOLDER,
  SOUND_FORMATS,
  SOUND_IDS,
  SOUNDS,
  TOTAL_BUDGET_BYTES,
  isBedId,
} from '../../src/audio/sound-catalogue';
import { encodeWav } from './encode-wav';
import { synthSound } from './synth-sound';

type Format = (typeof SOUND_FORMATS)[number];

/** Encoder settings per format: beds trade bandwidth for size, short sounds keep their highs. */
function encoderArgs(id: SoundId, format: Format): string[] {
  const bed = isBedId(id);
  if (format === 'opus') {
    return ['-c:a', 'libopus', '-b:a', bed ? '24k' : '32k', '-vbr', 'on', '-application', 'audio'];
  }
  return ['-c:a', 'libmp3lame', '-b:a', bed ? '24k' : '48k', '-ar', bed ? '22050' : '44100'];
}

/** Runs ffmpeg with flags that keep its output byte-for-byte the same from run to run. */
function encode(wavPath: string, outPath: string, args: string[]): void {
  execFileSync(
    'ffmpeg',
    [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-i', wavPath, '-ac', '1'],
      ...['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'],
      ...args,
      outPath,
    ],
    { stdio: 'inherit' },
  );
}

function main(): void {
  const wavFlag = process.argv.indexOf('--wav');
  const wavDir = wavFlag > 0 ? resolve(process.argv[wavFlag + 1] ?? 'wav') : null;
  const workDir = wavDir ?? mkdtempSync(join(tmpdir(), 'spillage-sounds-'));
  const outDir = resolve(import.meta.dirname, '../../public', SOUND_FOLDER);
  mkdirSync(workDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
  } catch {
    console.error(
      'npm run sounds needs ffmpeg with libopus and libmp3lame (apt-get install ffmpeg).',
    );
    process.exit(1);
  }
  let total = 0;
  for (const id of SOUND_IDS) {
    const wavPath = join(workDir, `${id}.wav`);
    writeFileSync(wavPath, encodeWav(synthSound(id)));
    const sizes = SOUND_FORMATS.map((format) => {
      const outPath = join(outDir, `${id}.${format}`);
      encode(wavPath, outPath, encoderArgs(id, format));
      const size = statSync(outPath).size;
      total += size;
      if (size > SOUNDS[id].budgetBytes) console.warn(`${id}.${format} is over its budget`);
      return `${format} ${(size / 1024).toFixed(1)} KB`;
    });
    console.log(`${id.padEnd(16)} ${sizes.join('  ')}`);
  }
  console.log(
    `total            ${(total / 1024).toFixed(1)} KB of ${TOTAL_BUDGET_BYTES / 1024} KB`,
  );
  if (!wavDir) rmSync(workDir, { recursive: true, force: true });
}

main();
