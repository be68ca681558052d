import type { LogEntry } from './session-types';

/** A save whose shape has been checked: what `parseSave` reads after JSON.parse. */
export interface SaveShape {
  format: 'spillage-save';
  saveVersion: number;
  scenario: { id: string; version: string };
  savedAt?: number;
  log: LogEntry[];
}

const MAX_NAME = 200;
const MAX_RATIONALE = 20_000;
const MAX_LOG = 100_000;

type Check = (value: unknown) => boolean;

const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const anyString: Check = (v) => typeof v === 'string';
const name: Check = (v) => typeof v === 'string' && v.length <= MAX_NAME;
const rationale: Check = (v) => typeof v === 'string' && v.length <= MAX_RATIONALE;
const isTrue: Check = (v) => v === true;
const tally: Check = (v) =>
  isRecord(v) &&
  Object.entries(v).every(([k, n]) => name(k) && Number.isSafeInteger(n) && (n as number) >= 0);

/** Each entry type's keys: required (true) or optional (false), and the check of its value. */
const ENTRY_KEYS: Record<LogEntry['type'], Record<string, [boolean, Check]>> = {
  start: { at: [true, finite], role: [false, name], campaign: [false, isTrue] },
  choose: {
    at: [true, finite],
    role: [true, name],
    beat: [true, name],
    choice: [true, name],
    rationale: [false, rationale],
    tally: [false, tally],
  },
  continue: { at: [true, finite], role: [true, name], beat: [true, name] },
  'next-role': { at: [true, finite], role: [true, name] },
  rejoin: { at: [true, finite], role: [true, name] },
};
const SAVE_KEYS: Record<string, [boolean, Check]> = {
  format: [true, (v) => v === 'spillage-save'],
  saveVersion: [true, finite],
  scenario: [true, (v) => exactly(v, { id: [true, anyString], version: [true, anyString] })],
  savedAt: [false, finite],
  log: [true, (v) => Array.isArray(v) && v.length <= MAX_LOG && v.every(logEntry)],
};

/**
 * The save's shape, checked by hand (no schema library, so the play path stays small): exact
 * keys, types and lengths of every field and log entry; undefined when anything is off.
 */
export function readSaveShape(data: unknown): SaveShape | undefined {
  return exactly(data, SAVE_KEYS) ? (data as SaveShape) : undefined;
}

function logEntry(v: unknown): boolean {
  if (!isRecord(v) || typeof v.type !== 'string' || !Object.hasOwn(ENTRY_KEYS, v.type))
    return false;
  const keys = ENTRY_KEYS[v.type as LogEntry['type']];
  return exactly(v, { type: [true, anyString], ...keys });
}

/** A plain object with no key outside `keys`, every required key present, every value passing. */
function exactly(v: unknown, keys: Record<string, [boolean, Check]>): boolean {
  if (!isRecord(v)) return false;
  for (const k of Object.keys(v)) if (!Object.hasOwn(keys, k)) return false;
  for (const [k, [required, check]] of Object.entries(keys)) {
    if (!Object.hasOwn(v, k)) {
      if (required) return false;
    } else if (!check(v[k])) return false;
  }
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
