import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SOUND_IDS, soundUrls } from '../src/audio/sound-catalogue';

const virtualId = '\0spillage:inlined-sound-catalogue';

/** MIME types Howler reads from a data: URL to pick a format (`audio/opus` → its Opus test). */
const SOUND_TYPES: Readonly<Record<string, string>> = {
  '.opus': 'audio/opus',
  '.mp3': 'audio/mpeg',
};

/**
 * For the single-file build: every sound file the catalogue names becomes a data: URL inside the
 * game, because a page opened from disk may not fetch its neighbours. Every importer of
 * `src/audio/sound-catalogue.ts` gets a wrapper that re-exports it with `soundUrls` answering
 * data: URLs; Howler decodes those without any request. A missing file fails the build.
 */
export function inlineSounds(options: { publicFolder: string }): Plugin {
  const catalogueFile = resolve('src/audio/sound-catalogue.ts');
  const dataUrls = (): Record<string, string> => {
    const urls: Record<string, string> = {};
    for (const url of SOUND_IDS.flatMap(soundUrls)) {
      const type = SOUND_TYPES[extname(url)];
      if (!type) throw new Error(`inline-sounds: no MIME type for ${url}`);
      const bytes = readFileSync(join(resolve(options.publicFolder), url));
      urls[url] = `data:${type};base64,${bytes.toString('base64')}`;
    }
    return urls;
  };

  return {
    name: 'spillage:inline-sounds',
    enforce: 'pre',
    async resolveId(source, importer, resolveOptions) {
      if (importer === virtualId || !source.includes('sound-catalogue')) return null;
      const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
      return resolved?.id === catalogueFile ? virtualId : null;
    },
    load(id) {
      if (id !== virtualId) return null;
      const real = JSON.stringify(catalogueFile);
      return [
        `export * from ${real};`,
        `import { soundUrls as fileUrls } from ${real};`,
        `const inlined = new Map(Object.entries(${JSON.stringify(dataUrls())}));`,
        `export function soundUrls(id) { return fileUrls(id).map((url) => inlined.get(url) ?? url); }`,
      ].join('\n');
    },
  };
}
