/**
 * The session log as a file: written as pretty JSON, read back with every field checked, every run
 * replayed on the loaded scenario and the plan checked, so a log that loads is one that plays.
 */
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import { ROOM_RECORD_FORMAT, ROOM_RECORD_VERSION, type RoomRecord } from './room-record';
import { checkPlan } from './session-plan';

/** A session log is far smaller than this; anything bigger is the wrong file. */
export const MAX_LOG_BYTES = 2 * 1024 * 1024;
export const MAX_ENTRIES_PER_RUN = 1000;
const MAX_RUNS = 100;
const MAX_TEAMS = 100;
const MAX_NAME = 200;
const MAX_RATIONALE = 5000;

export type ParseRoomRecordResult =
  { ok: true; record: RoomRecord } | { ok: false; message: string };

/** The session log as readable, diff-friendly JSON. */
export function serializeRoomRecord(record: RoomRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Reads a session log for this scenario; never throws, and a refusal names the place at fault. */
export function parseRoomRecord(text: string, scenario: Scenario): ParseRoomRecordResult {
  const refuse = (why: string): ParseRoomRecordResult => ({
    ok: false,
    message: `This session log cannot be loaded: ${why}.`,
  });
  try {
    if (typeof text !== 'string') return refuse('it is not text');
    if (text.length > MAX_LOG_BYTES || new TextEncoder().encode(text).length > MAX_LOG_BYTES)
      return refuse('the file is larger than 2 MB, far more than any session log');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return refuse('it is not JSON (perhaps not a Spillage session log, or cut short)');
    }
    const record = readRecord(data);
    const { id, version } = record.scenario;
    if (id !== scenario.id || version !== scenario.version)
      return refuse(
        `this log is for scenario '${id}' version ${version}; the loaded scenario is '${scenario.id}' version ${scenario.version}`,
      );
    const [planProblem] = checkPlan(scenario, record.plan);
    if (planProblem) return refuse(`its plan does not fit the scenario: ${planProblem}`);
    if (record.plan.mode === 'campaign' && record.runs.length > 1)
      return refuse(`a campaign is one run, and this log has ${record.runs.length}`);
    for (const [i, run] of record.runs.entries()) fitsThePlan(record, run.log, `runs[${i}]`);
    for (const [i, run] of record.runs.entries()) {
      const replayed = replay(scenario, run.log);
      if (!replayed.ok) return refuse(`runs[${i}]: ${replayed.message}`);
      tallyNamesChoices(scenario, run.log, `runs[${i}].log`);
    }
    return { ok: true, record };
  } catch (problem) {
    if (problem instanceof ShapeProblem) return refuse(problem.message);
    return refuse('it could not be read');
  }
}

/** The first thing wrong with the log's shape; thrown so the checks below read as a list. */
class ShapeProblem extends Error {}

const fail = (message: string): never => {
  throw new ShapeProblem(message);
};

function readRecord(data: unknown): RoomRecord {
  if (!isRecord(data)) return fail('it is not a Spillage session log');
  if (data.format === 'spillage-save')
    fail('this is a saved single-player game, not a facilitated session log');
  if (data.format !== ROOM_RECORD_FORMAT)
    fail(
      typeof data.format === 'string'
        ? `it is not a Spillage session log (its format is '${data.format.slice(0, MAX_NAME)}')`
        : 'it is not a Spillage session log (it names no format)',
    );
  if (data.version !== ROOM_RECORD_VERSION)
    fail(
      typeof data.version === 'number'
        ? `it was written in session log format ${data.version}, and this version of Spillage reads format ${ROOM_RECORD_VERSION}`
        : 'it names no format version',
    );
  keys(data, '', ['format', 'version', 'scenario', 'plan', 'runs', 'startedAt'], ['endedAt']);
  const scenario = object(data.scenario, 'scenario');
  keys(scenario, 'scenario', ['id', 'version', 'title'], []);
  for (const k of ['id', 'version', 'title']) name(scenario[k], `scenario.${k}`);
  const plan = object(data.plan, 'plan');
  keys(plan, 'plan', ['scenarioId', 'mode', 'teams', 'budgetMinutes'], []);
  name(plan.scenarioId, 'plan.scenarioId');
  if (plan.mode !== 'campaign' && plan.mode !== 'roles')
    fail("plan.mode must be 'campaign' or 'roles'");
  number(plan.budgetMinutes, 'plan.budgetMinutes');
  for (const [i, team] of array(plan.teams, 'plan.teams', MAX_TEAMS).entries()) {
    const place = `plan.teams[${i}]`;
    const t = object(team, place);
    keys(t, place, ['role', 'team'], []);
    name(t.role, `${place}.role`);
    name(t.team, `${place}.team`);
  }
  for (const [i, run] of array(data.runs, 'runs', MAX_RUNS).entries()) {
    const r = object(run, `runs[${i}]`);
    keys(r, `runs[${i}]`, ['log'], []);
    const log = array(r.log, `runs[${i}].log`, MAX_ENTRIES_PER_RUN);
    if (log.length === 0) fail(`runs[${i}].log is empty; a run begins with its 'start'`);
    for (const [j, entry] of log.entries()) logEntry(entry, `runs[${i}].log[${j}]`);
  }
  number(data.startedAt, 'startedAt');
  if (data.endedAt !== undefined) number(data.endedAt, 'endedAt');
  return data as unknown as RoomRecord;
}

/** Each entry type's fields: required or not, and how to check the value. */
type Field = [required: boolean, check: (value: unknown, place: string) => void];
const ENTRY_FIELDS: Record<LogEntry['type'], Record<string, Field>> = {
  start: {
    at: [true, number],
    role: [false, name],
    campaign: [false, (v, place) => v === true || fail(`${place} must be true when present`)],
  },
  choose: {
    at: [true, number],
    role: [true, name],
    beat: [true, name],
    choice: [true, name],
    rationale: [false, (v, place) => text(v, place, MAX_RATIONALE)],
    tally: [false, tally],
  },
  continue: { at: [true, number], role: [true, name], beat: [true, name] },
  'next-role': { at: [true, number], role: [true, name] },
  rejoin: { at: [true, number], role: [true, name] },
};

function logEntry(value: unknown, place: string): void {
  const entry = object(value, place);
  const type = entry.type;
  if (typeof type !== 'string' || !Object.hasOwn(ENTRY_FIELDS, type))
    fail(`${place}.type must be one of ${Object.keys(ENTRY_FIELDS).join(', ')}`);
  const fields = ENTRY_FIELDS[type as LogEntry['type']];
  const names = Object.keys(fields);
  keys(entry, place, ['type', ...names.filter((k) => fields[k]?.[0])], names);
  for (const [k, [, check]] of Object.entries(fields))
    if (entry[k] !== undefined) check(entry[k], `${place}.${k}`);
}

function tally(value: unknown, place: string): void {
  const votes = object(value, place);
  if (Object.keys(votes).length > 100)
    fail(`${place} has more entries than a decision has choices`);
  for (const [choice, count] of Object.entries(votes))
    if (!(Number.isSafeInteger(count) && (count as number) >= 0))
      fail(`${place}.${choice.slice(0, MAX_NAME)} must be a whole number of votes (0 or more)`);
}

/** Every run starts the way the plan says: the campaign once, or one of the planned roles. */
function fitsThePlan(record: RoomRecord, log: readonly LogEntry[], place: string): void {
  const start = log[0];
  if (start?.type !== 'start') return fail(`${place}.log[0] must be the run's 'start'`);
  if (record.plan.mode === 'campaign' && !start.campaign)
    fail(`${place} plays a single role, but the plan is a campaign`);
  if (record.plan.mode === 'roles') {
    if (start.campaign) fail(`${place} plays the campaign, but the plan plays roles one by one`);
    if (!record.plan.teams.some((t) => t.role === start.role))
      fail(`${place} plays role '${start.role ?? ''}', which is not in the plan`);
  }
}

/** A tally counts the choices of its own decision, nothing else. */
function tallyNamesChoices(scenario: Scenario, log: readonly LogEntry[], place: string): void {
  for (const [j, e] of log.entries()) {
    if (e.type !== 'choose' || !e.tally) continue;
    const beat = scenario.roles.find((r) => r.id === e.role)?.beats.find((b) => b.id === e.beat);
    const choices = new Set(beat?.decision?.choices.map((c) => c.id));
    for (const choice of Object.keys(e.tally))
      if (!choices.has(choice))
        fail(`${place}[${j}].tally counts '${choice}', which is not a choice of beat '${e.beat}'`);
  }
}

function keys(v: Record<string, unknown>, place: string, required: string[], optional: string[]) {
  const where = place === '' ? 'at the top level' : `in ${place}`;
  for (const k of Object.keys(v))
    if (!required.includes(k) && !optional.includes(k))
      fail(`unexpected key '${k.slice(0, MAX_NAME)}' ${where}`);
  for (const k of required) if (!Object.hasOwn(v, k)) fail(`'${k}' is missing ${where}`);
}

function object(v: unknown, place: string): Record<string, unknown> {
  return isRecord(v) ? v : fail(`${place} must be an object`);
}

function array(v: unknown, place: string, max: number): unknown[] {
  if (!Array.isArray(v)) return fail(`${place} must be a list`);
  return v.length <= max ? v : fail(`${place} has ${v.length} items; at most ${max} are allowed`);
}

function text(v: unknown, place: string, max: number): void {
  if (typeof v !== 'string') fail(`${place} must be text`);
  else if (v.length > max) fail(`${place} is longer than ${max} characters`);
}

function name(v: unknown, place: string): void {
  text(v, place, MAX_NAME);
}

function number(v: unknown, place: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${place} must be a number`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
