/** A room's runs: each planned team plays its role from the start, or the room plays the campaign. */
import { createSession, type EngineSnapshot } from '../engine/create-session';
import type { Scenario } from '../engine/schema';
import type { RoomRecord } from '../facilitation/room-record';
import { wordProblem } from '../i18n/problem-words';

/** Starts run `index` of the plan (the campaign, or the index-th team's role) at `now`. */
export function startRun(
  scenario: Scenario,
  record: RoomRecord,
  index: number,
  now: number,
): { record: RoomRecord; engine: EngineSnapshot } {
  const session = createSession(scenario);
  const how =
    record.plan.mode === 'campaign'
      ? { campaign: true as const }
      : { role: record.plan.teams[index]?.role ?? '' };
  const started = session.start(how, { at: now });
  if (!started.ok) throw new Error(`the plan cannot start: ${wordProblem(started.message)}`);
  return {
    record: { ...record, runs: [...record.runs, { log: session.log() }] },
    engine: session.snapshot(),
  };
}

/** The record with the run being played replaced by the engine's log. */
export function withLog(record: RoomRecord, engine: EngineSnapshot): RoomRecord {
  // Whatever else the run keeps (participants' reasons) stays with it.
  const run = record.runs.at(-1);
  return {
    ...record,
    runs: [...record.runs.slice(0, -1), { ...run, log: [...engine.context.log] }],
  };
}

/** Another team is still to play (roles mode only: a campaign is one run). */
export function hasNextTeam(record: RoomRecord): boolean {
  return record.plan.mode === 'roles' && record.runs.length < record.plan.teams.length;
}
