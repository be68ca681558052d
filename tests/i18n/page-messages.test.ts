import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOIN_AREAS } from '../../src/join/join-messages';

/** Every TypeScript module an entry reaches through relative imports (static and dynamic). */
function modulesFrom(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  // Type-only imports bring no code (and no words) into the page.
  const text = readFileSync(entry, 'utf8').replace(/^(import|export) type [^;]*;/gms, '');
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    const base = join(dirname(entry), match[1] as string);
    const file = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
    if (file && !seen.has(file)) modulesFrom(file, seen);
  }
  return seen;
}

/** The catalogue areas a set of modules words messages from ('area.key' strings in the code). */
function areasUsed(files: Iterable<string>): Set<string> {
  const areas = new Set<string>();
  for (const file of files) {
    if (file.includes('/i18n/messages/')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/'([a-z][A-Za-z]*)\.[a-z][A-Za-z]*'/g))
      areas.add(match[1] as string);
  }
  return areas;
}

describe('a page that loads only some catalogue areas', () => {
  it('the participant page loads every area its code words messages from', () => {
    const used = areasUsed(modulesFrom('src/join/main.ts'));
    const known = new Set(Object.keys(readAreas()));
    const missing = [...used].filter((area) => known.has(area) && !JOIN_AREAS.includes(area));
    expect(missing).toEqual([]);
  });
});

/** The catalogue's area names, from its index. */
function readAreas(): Record<string, true> {
  const index = readFileSync('src/i18n/messages/en/index.ts', 'utf8');
  return Object.fromEntries(
    [...index.matchAll(/export \{ (\w+) \}/g)].map((m) => [m[1] as string, true]),
  );
}
