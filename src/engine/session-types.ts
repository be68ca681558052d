import type { World } from './world';

/** Non-deterministic details every step carries, so the engine itself stays pure. */
export interface StepInput {
  /** When the step happened (ms since the epoch, or any clock the caller keeps). */
  at: number;
}

/** A decision's extra details: the player's reasons and a room's vote. */
export interface DecisionInput extends StepInput {
  rationale?: string;
  /** Votes per choice id, for a room that voted. */
  tally?: Record<string, number>;
}

/** One step of a playthrough, in order; `choose` entries are the decisions. */
export type LogEntry =
  | { type: 'start'; at: number; role?: string; campaign?: true }
  | {
      type: 'choose';
      at: number;
      role: string;
      beat: string;
      choice: string;
      rationale?: string;
      tally?: Record<string, number>;
    }
  | { type: 'continue'; at: number; role: string; beat: string }
  | { type: 'next-role'; at: number; role: string }
  | { type: 'rejoin'; at: number; role: string };

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
