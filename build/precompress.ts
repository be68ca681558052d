/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the
 * highest levels, so the server (server/static-files.ts, through sirv) sends them without
 * compressing on each request. node:zlib does both formats; a plugin package would add a
 * dependency for these thirty lines. Copies that would not be smaller are not written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT_FILES = /\.(html|js|mjs|css|svg|json|webmanifest|txt|yaml)$/;
/** Below this, a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;
/** Above this, brotli's top level costs seconds for a percent or two: level 9 instead. */
const LARGE_BYTES = 256 * 1024;

/** The Vite plugin: compresses `outDir` after the build (and after the service worker is written). */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spillage:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await compressFolder(outDir);
      },
    },
  };
}

/** Compresses every text file under `folder` into .br and .gz copies. */
export async function compressFolder(folder: string): Promise<void> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !TEXT_FILES.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    if (bytes.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]:
          bytes.length > LARGE_BYTES ? 9 : constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gzip = gzipSync(bytes, { level: 9 });
    if (brotli.length < bytes.length) await writeFile(`${file}.br`, brotli);
    if (gzip.length < bytes.length) await writeFile(`${file}.gz`, gzip);
  }
}
