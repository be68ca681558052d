/**
 * The room's public state as plain data (what server/vote-room-state.ts synchronises), read off
 * Colyseus's decoded state so that pages never depend on its schema classes.
 */
export interface ChoiceCountView {
  id: string;
  label: string;
  votes: number;
}

export interface RoomView {
  phase: 'waiting' | 'open' | 'closed' | 'ended';
  key: string;
  prompt: string;
  joined: number;
  voted: number;
  cast: number;
  choices: ChoiceCountView[];
}

const PHASES = new Set(['waiting', 'open', 'closed', 'ended']);

/** Plain data from the decoded state (missing fields read as empty). */
export function roomViewOf(state: unknown): RoomView {
  const s = (state ?? {}) as Partial<Record<keyof RoomView, unknown>>;
  const phase = typeof s.phase === 'string' && PHASES.has(s.phase) ? s.phase : 'waiting';
  const choices =
    Array.isArray(s.choices) || isIterable(s.choices) ? [...(s.choices as Iterable<unknown>)] : [];
  return {
    phase: phase as RoomView['phase'],
    key: typeof s.key === 'string' ? s.key : '',
    prompt: typeof s.prompt === 'string' ? s.prompt : '',
    joined: Number(s.joined ?? 0),
    voted: Number(s.voted ?? 0),
    cast: Number(s.cast ?? 0),
    choices: choices.map((c) => {
      const choice = c as Partial<ChoiceCountView>;
      return {
        id: String(choice.id ?? ''),
        label: String(choice.label ?? ''),
        votes: Number(choice.votes ?? 0),
      };
    }),
  };
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}
