/**
 * What a participant's device keeps per room: its seat (a random token, so a reload or a phone
 * that slept comes back to the same seat), its name and team, and its last vote (cast again if
 * the room had to be re-created). Kept in localStorage; where storage is blocked, for this page only.
 */
import { BallotMessageSchema, tokenFrom, type BallotMessage } from '../facilitation/live-vote';
import { readStored, writeStored } from '../ui/safe-storage';

export interface Kept {
  seat: string;
  name: string;
  team: string;
  vote: BallotMessage | null;
}

const key = (code: string): string => `spillage.join.${code}`;

/** The device's seat and choices for room `code` (a new seat the first time). */
export function readKept(code: string): Kept {
  const fresh: Kept = {
    seat: tokenFrom(crypto.getRandomValues(new Uint8Array(24))),
    name: '',
    team: '',
    vote: null,
  };
  try {
    const data = JSON.parse(readStored(key(code)) ?? 'null') as Partial<Kept> | null;
    if (!data || typeof data.seat !== 'string' || !/^[A-Za-z0-9_-]{22,128}$/.test(data.seat))
      return fresh;
    const vote = BallotMessageSchema.safeParse(data.vote);
    return {
      seat: data.seat,
      name: typeof data.name === 'string' ? data.name : '',
      team: typeof data.team === 'string' ? data.team : '',
      vote: vote.success ? vote.data : null,
    };
  } catch {
    return fresh;
  }
}

export function writeKept(code: string, kept: Kept): void {
  writeStored(key(code), JSON.stringify(kept));
}
