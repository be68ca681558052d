/**
 * The session log as a file: written as pretty JSON, read back with every field checked by the
 * record's schema, every run replayed on the loaded scenario and the plan checked, so a log that
 * loads is one that plays.
 */
import { roomCheckMisfit } from './room-check';
import { describeProblems } from '../engine/describe-problems';
import { shorten } from '../engine/limits';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import { wordProblem } from '../i18n/problem-words';
import {
  ROOM_RECORD_FORMAT,
  ROOM_RECORD_VERSION,
  RoomRecordSchema,
  type RoomRecord,
} from './room-record';
import { checkPlan } from './session-plan';
import { t } from '../i18n/translate';

/** A session log is far smaller than this; anything bigger is the wrong file. */
export const MAX_LOG_BYTES = 2 * 1024 * 1024;

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
    message: t('sessionLog.cannotLoad', { why }),
  });
  try {
    if (typeof text !== 'string') return refuse(t('sessionLog.notText'));
    if (text.length > MAX_LOG_BYTES || new TextEncoder().encode(text).length > MAX_LOG_BYTES)
      return refuse(t('sessionLog.tooLarge'));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return refuse(t('sessionLog.notJson'));
    }
    const read = readRoomRecord(data);
    if (!read.ok) return refuse(read.why);
    const { id, version } = read.record.scenario;
    if (id !== scenario.id || version !== scenario.version)
      return refuse(
        t('sessionLog.otherScenario', {
          id,
          version: shorten(version),
          scenario: scenario.id,
          scenarioVersion: scenario.version,
        }),
      );
    const misfit = recordMisfit(scenario, read.record);
    return misfit ? refuse(misfit) : { ok: true, record: read.record };
  } catch {
    return refuse(t('sessionLog.unreadable'));
  }
}

/**
 * Reads a session log's data with the record's schema. Another file, format or version is named
 * as such first; otherwise the first field at fault is.
 */
export function readRoomRecord(
  data: unknown,
): { ok: true; record: RoomRecord } | { ok: false; why: string } {
  const wrong = formatProblem(data);
  if (wrong) return { ok: false, why: wrong };
  const read = RoomRecordSchema.safeParse(data);
  return read.success
    ? { ok: true, record: read.data }
    : { ok: false, why: wordProblem(describeProblems(read.error.issues, data)) };
}

function formatProblem(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return t('sessionLog.notALog');
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format === 'spillage-save') return t('sessionLog.aSave');
  if (format !== ROOM_RECORD_FORMAT)
    return typeof format === 'string'
      ? t('sessionLog.otherFormat', { format: shorten(format) })
      : t('sessionLog.noFormat');
  if (version !== ROOM_RECORD_VERSION)
    return typeof version === 'number'
      ? t('sessionLog.otherVersion', { version: String(version), supported: ROOM_RECORD_VERSION })
      : t('sessionLog.noVersion');
  return undefined;
}

/**
 * What keeps a well-formed record from playing on this scenario, or undefined when it plays: the
 * plan must fit, every run must start as the plan says and replay, and a tally counts only the
 * choices of its own decision.
 */
export function recordMisfit(scenario: Scenario, record: RoomRecord): string | undefined {
  const [planProblem] = checkPlan(scenario, record.plan);
  if (planProblem) return t('sessionLog.planMisfit', { problem: planProblem });
  if (record.plan.mode === 'campaign' && record.runs.length > 1)
    return t('sessionLog.campaignRuns', { count: record.runs.length });
  for (const [i, run] of record.runs.entries()) {
    const misfit = startMisfit(record, run.log, `runs[${i}]`);
    if (misfit) return misfit;
  }
  for (const [i, run] of record.runs.entries()) {
    const replayed = replay(scenario, run.log);
    if (!replayed.ok) return `runs[${i}]: ${wordProblem(replayed.message)}`;
    const misfit = tallyMisfit(scenario, run.log, `runs[${i}].log`);
    if (misfit) return misfit;
  }
  for (const [i, check] of (record.checks ?? []).entries()) {
    const misfit = roomCheckMisfit(scenario, check);
    if (misfit) return `checks[${i}]: ${misfit}`;
  }
  return undefined;
}

/** Every run starts the way the plan says: the campaign once, or one of the planned roles. */
function startMisfit(record: RoomRecord, log: readonly LogEntry[], place: string) {
  const start = log[0];
  if (start?.type !== 'start') return t('sessionLog.startMissing', { place });
  if (record.plan.mode === 'campaign' && !start.campaign)
    return t('sessionLog.singleRole', { place });
  if (record.plan.mode === 'roles') {
    if (start.campaign) return t('sessionLog.campaignRun', { place });
    if (!record.plan.teams.some((team) => team.role === start.role))
      return t('sessionLog.roleNotPlanned', { place, role: start.role ?? '' });
  }
  return undefined;
}

/** A tally counts the choices of its own decision, nothing else. */
function tallyMisfit(scenario: Scenario, log: readonly LogEntry[], place: string) {
  for (const [j, e] of log.entries()) {
    if (e.type !== 'choose' || !e.tally) continue;
    const beat = scenario.roles.find((r) => r.id === e.role)?.beats.find((b) => b.id === e.beat);
    const choices = new Set(beat?.decision?.choices.map((c) => c.id));
    for (const choice of Object.keys(e.tally))
      if (!choices.has(choice))
        return t('sessionLog.tallyStray', { place, index: j, choice, beat: e.beat });
  }
  return undefined;
}
