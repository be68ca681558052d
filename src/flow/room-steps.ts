/**
 * The facilitator's ways around the story, as pure steps of the engine snapshot: take back the
 * last recorded decision, skip a decision (history's choice, read out, no vote), and end a role
 * (every remaining decision skipped, to the role's debrief).
 */
import type { EngineSnapshot } from '../engine/create-session';
import { historicalPath } from '../engine/historical-path';
import { placeOf } from '../engine/place';
import { replay } from '../engine/replay';
import type { Scenario } from '../engine/schema';
import type { RoomRecord } from '../facilitation/room-record';
import { engineView, stepEngine } from './engine-steps';

/** The most steps ending a role may take (a role is far shorter; this only stops a loop). */
const MAX_STEPS = 200;

/** The run being played has a decision to take back. */
export function hasDecisionToUndo(record: RoomRecord): boolean {
  return (record.runs.at(-1)?.log ?? []).some((entry) => entry.type === 'choose');
}

/**
 * The record and engine with the run's last decision taken back: its log up to that decision,
 * replayed, so the room is at that beat again. Null when the run has no decision.
 */
export function undoLastDecision(
  scenario: Scenario,
  record: RoomRecord,
): { record: RoomRecord; engine: EngineSnapshot } | null {
  const log = record.runs.at(-1)?.log ?? [];
  const last = log.findLastIndex((entry) => entry.type === 'choose');
  if (last < 0) return null;
  const kept = log.slice(0, last);
  const replayed = replay(scenario, kept);
  if (!replayed.ok) return null;
  return {
    record: { ...record, runs: [...record.runs.slice(0, -1), { log: kept }] },
    engine: replayed.session.snapshot(),
  };
}

/**
 * The choice a skip takes at the beat the engine is on: the main line's, if it is open here,
 * else the first open one (an off-path beat has no main-line choice). Null with no decision.
 */
export function skipChoice(scenario: Scenario, engine: EngineSnapshot): string | null {
  const place = placeOf(engine);
  if (place.kind !== 'beat') return null;
  const open = engineView(scenario, engine).choices.map((choice) => choice.id);
  if (open.length === 0) return null;
  const role = scenario.roles.find((entry) => entry.id === place.role);
  const main = role
    ? historicalPath(role).steps.find((step) => step.beat === place.id)?.choice
    : undefined;
  return main !== undefined && open.includes(main) ? main : (open[0] ?? null);
}

/** The engine after skipping the decision here (history's choice, marked skipped). */
export function skipDecision(
  scenario: Scenario,
  engine: EngineSnapshot,
  at: number,
): EngineSnapshot {
  const choice = skipChoice(scenario, engine);
  if (choice === null) return stepEngine(scenario, engine, { type: 'CONTINUE', at });
  return stepEngine(scenario, engine, { type: 'CHOOSE', choice, at, skipped: true });
}

/**
 * The engine at the end of the role being played: every remaining beat continued and every
 * decision skipped, until the role's ending. Null if the role cannot get there this way.
 */
export function endRole(
  scenario: Scenario,
  engine: EngineSnapshot,
  at: number,
): EngineSnapshot | null {
  let current = engine;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const place = placeOf(current);
    if (place.kind === 'ending') return current;
    if (place.kind !== 'beat') return null;
    const next = skipDecision(scenario, current, at);
    if (next === current) return null;
    current = next;
  }
  return null;
}
