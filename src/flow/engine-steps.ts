/**
 * How the flow drives the scenario engine: a flow event becomes an engine event, and a step is a
 * pure transition of the engine snapshot (no actor, no timers).
 */
import { transition } from 'xstate';
import { buildView } from '../engine/build-view';
import { machineFor, type EngineSnapshot } from '../engine/create-session';
import { decisionExtras } from '../engine/log-entry-schema';
import { placeOf } from '../engine/place';
import type { Scenario } from '../engine/schema';
import type { EngineEvent } from '../engine/session-types';
import type { SessionView } from '../engine/view-types';
import type { FlowEvent } from './flow-types';

/** The engine event a flow event stands for; `onNext` says what NEXT means where it is sent. */
export function engineEventOf(
  event: FlowEvent,
  onNext: 'CONTINUE' | 'NEXT_ROLE',
): EngineEvent | null {
  switch (event.type) {
    case 'START':
      return event.campaign
        ? { type: 'START', campaign: true, at: event.at }
        : { type: 'START', role: event.role ?? '', at: event.at };
    case 'CHOOSE':
      return { type: 'CHOOSE', choice: event.choice, at: event.at, ...decisionExtras(event) };
    case 'NEXT':
      return { type: onNext, at: event.at };
    case 'REJOIN':
      return { type: 'REJOIN', at: event.at };
    default:
      return null;
  }
}

/** The engine snapshot after an event it accepts (the same snapshot if it does not). */
export function stepEngine(
  scenario: Scenario,
  engine: EngineSnapshot,
  event: EngineEvent | null,
): EngineSnapshot {
  return event && engine.can(event) ? transition(machineFor(scenario), engine, event)[0] : engine;
}

/** The plain view of an engine snapshot. */
export function engineView(scenario: Scenario, engine: EngineSnapshot): SessionView {
  return buildView(scenario, placeOf(engine), engine.context);
}

/** The last step was a decision whose choice has an outcome to read. */
export function outcomeFollows(scenario: Scenario, engine: EngineSnapshot): boolean {
  return engineView(scenario, engine).lastOutcome !== undefined;
}
