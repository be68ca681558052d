import type { StateValue } from 'xstate';

/** Where a snapshot is: role selection, a beat, an ending, or a role's rejoin screen. */
export type Place =
  | { kind: 'select' }
  | { kind: 'beat' | 'ending'; role: string; id: string }
  | { kind: 'rejoin'; role: string };

/** Reads the place from a snapshot's state value (`'select'` or `{ 'role:x': 'beat:y' }`). */
export function placeOf(value: StateValue): Place {
  if (typeof value === 'string') return { kind: 'select' };
  const [roleKey, child] = Object.entries(value)[0] ?? [];
  const role = roleKey?.replace(/^role:/, '') ?? '';
  if (typeof child !== 'string') return { kind: 'select' };
  if (child === 'rejoin') return { kind: 'rejoin', role };
  const m = /^(beat|ending):(.+)$/.exec(child);
  return m ? { kind: m[1] as 'beat' | 'ending', role, id: m[2] as string } : { kind: 'select' };
}
