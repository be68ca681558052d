/**
 * What every client of a room sees, synchronised by Colyseus: where the vote is, the choices and
 * their counts, and how many people are in. No names and no reasons: those go to the facilitator
 * only, as messages (see vote-room.ts), so a projector or a participant never receives them.
 */
import { schema, type SchemaType } from '@colyseus/schema';

/** One choice and its live count. */
export const ChoiceCount = schema(
  { id: 'string', label: 'string', votes: 'number' },
  'ChoiceCount',
);

/** The room's public state. `phase`: 'waiting' (no vote open), 'open', 'closed', 'ended'. */
export const VoteRoomState = schema(
  {
    phase: 'string',
    key: 'string',
    prompt: 'string',
    joined: 'number',
    voted: 'number',
    /** Ballots accepted on this decision, changes included (a window sees each one land). */
    cast: 'number',
    choices: [ChoiceCount],
  },
  'VoteRoomState',
);

export type VoteRoomState = SchemaType<typeof VoteRoomState>;
export type ChoiceCount = SchemaType<typeof ChoiceCount>;
