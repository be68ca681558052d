/** Small lookups both windows use to name things the way the room knows them. */
import type { RoomState } from '../../facilitation/room-session';

/** The team playing a role in this session, if the plan names one. */
export function teamFor(state: RoomState, roleId: string | undefined): string | null {
  if (!roleId) return null;
  return state.record.plan.teams.find((entry) => entry.role === roleId)?.team ?? null;
}
