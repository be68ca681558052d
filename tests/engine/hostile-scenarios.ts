// Hostile scenario files of a chosen size, one kind per slow path issue 16 found in the loader.
// Shared by the loader's scaling test (tests/engine/loader-scaling.test.ts) and `npm run bench`.

/** The kinds of hostile file, each named by what makes it expensive. */
export const HOSTILE_KINDS = [
  'long-ids-missing-next',
  'beats-without-next',
  'beats-next-missing',
  'unknown-keys',
  'syntax-errors',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

const HEAD = [
  'id: hostile',
  'title: Hostile',
  'summary: A file made to be slow to check.',
  'version: 1.0.0',
  'language: en',
  'estimatedMinutes: 1',
  'world: {}',
  'fictional: true',
].join('\n');

function role(beats: string[]): string {
  return [
    HEAD,
    'roles:',
    '  - id: solo',
    '    name: Solo',
    '    summary: The only role.',
    '    briefing: You are alone.',
    '    start: b-0',
    '    beats:',
    ...beats,
    '    endings:',
    '      - { id: end, title: End, debrief: It ended., reality: { text: It ended. }, questions: [Why?, How?] }',
    '',
  ].join('\n');
}

/** As many units as fit in `bytes`, given each unit's size. */
function count(bytes: number, unit: number): number {
  return Math.max(1, Math.floor(bytes / unit));
}

/** A hostile scenario file of about `bytes` bytes (ASCII, so characters are bytes). */
export function hostileScenario(kind: HostileKind, bytes: number): string {
  switch (kind) {
    case 'long-ids-missing-next': {
      // Issue 16: four 10,000-character ids whose `next`s name missing ids of the same length.
      const length = Math.floor(bytes / 8);
      const id = (i: number, c: string): string => `${c}${i}`.padEnd(length, c);
      const beats = [0, 1, 2, 3].map(
        (i) =>
          `      - { id: ${i === 0 ? 'b-0' : id(i, 'a')}, title: T, setting: office, text: T, next: ${id(i, 'b')} }`,
      );
      return role(beats);
    }
    case 'beats-without-next': {
      const n = count(bytes, 70);
      const beats = Array.from(
        { length: n },
        (_, i) => `      - { id: b-${i}, title: Beat, setting: office, text: Some text. }`,
      );
      return role(beats);
    }
    case 'beats-next-missing': {
      const n = count(bytes, 85);
      const beats = Array.from(
        { length: n },
        (_, i) => `      - { id: b-${i}, title: Beat, setting: office, text: T, next: c-${i + 1} }`,
      );
      return role(beats);
    }
    case 'unknown-keys': {
      const n = count(bytes, 10);
      const keys = Array.from({ length: n }, (_, i) => `k${i.toString(36)}: 1`);
      return `${role(['      - { id: b-0, title: T, setting: office, text: T, next: end }'])}${keys.join('\n')}\n`;
    }
    case 'syntax-errors': {
      const n = count(bytes, 12);
      return `${HEAD}\n${Array.from({ length: n }, (_, i) => `k${i}: [a, b`).join('\n')}\n`;
    }
  }
}
