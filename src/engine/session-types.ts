import type { DecisionExtras, LogEntry } from './log-entry-schema';
import type { World } from './world';

/** One step of a playthrough (its schema, and so its limits, are in log-entry-schema.ts). */
export type { LogEntry };

/** Non-deterministic details every step carries, so the engine itself stays pure. */
export interface StepInput {
  /** When the step happened (ms since the epoch, or any clock the caller keeps). */
  at: number;
}

/** A decision's extra details: the player's reasons, a room's votes, a skip (see DecisionExtras). */
export interface DecisionInput extends StepInput, DecisionExtras {}

/** A decision, as recorded in the log. */
export type DecisionEntry = Extract<LogEntry, { type: 'choose' }>;

/** The machine's context: everything that changes during a playthrough. */
export interface EngineContext {
  world: World;
  /** `role.beat.choice` keys of every decision taken, in order. */
  chosen: string[];
  log: LogEntry[];
  mode: 'role' | 'campaign' | null;
  role: string | null;
  /** Roles this session entered by rejoining history. */
  rejoined: string[];
}

/** Every event the machine accepts. */
export type EngineEvent =
  | ({ type: 'START'; role?: string; campaign?: boolean } & StepInput)
  | ({ type: 'CHOOSE'; choice: string } & DecisionInput)
  | ({ type: 'CONTINUE' } & StepInput)
  | ({ type: 'NEXT_ROLE' } & StepInput)
  | ({ type: 'REJOIN' } & StepInput);
