/**
 * A participant's side of a room, without any page: joins by code with its seat (a random token
 * kept on the device), follows the public state, casts and changes its vote, and after any
 * reconnection casts its vote again if the same decision is still open (a room re-created after a
 * server restart starts with no ballots). The join page, the Node tests and the bench all use it.
 */
import { ErrorCode, type Client, type Room } from 'colyseus.js';
import { isBallotRefusal, type BallotMessage, type BallotRefusal } from '../facilitation/live-vote';
import { keepConnected, type KeptConnection, type LinkStatus } from './keep-connected';
import { roomViewOf, type RoomView } from './room-view';

export interface ParticipantProfile {
  seat: string;
  name?: string;
  team?: string;
}

/**
 * Why a join failed (the link tries again after each): no room has this code (mistyped, or not
 * started yet), or anything else (no network, the server restarting, a full room).
 */
export type NotInYet = 'no-room' | 'not-yet';

export interface ParticipantEvents {
  view?: (view: RoomView) => void;
  status?: (status: LinkStatus, why?: string) => void;
  /** The server took this vote (its key and choice). */
  accepted?: (ballot: { key: string; choice: string }) => void;
  /** The server refused a message: its English words, and for a ballot the reason's key. */
  refused?: (why: string, refusal?: BallotRefusal) => void;
  /** A join failed; the link keeps trying. */
  notInYet?: (why: NotInYet) => void;
  ended?: () => void;
}

export interface ParticipantLink {
  view(): RoomView | null;
  /** Casts (or changes) this seat's vote on the open decision. */
  vote(choice: string, reason: string): void;
  /** The vote this seat last cast, as the device remembers it. */
  myVote(): BallotMessage | null;
  /** Tries to reconnect at once (the page woke up, the network came back). */
  nudge(): void;
  /** The connection in use, if any (tests drop its socket to play a lost network). */
  connection(): Room | null;
  leave(): Promise<void>;
}

export function joinAsParticipant(
  client: Client,
  code: string,
  profile: ParticipantProfile,
  events: ParticipantEvents = {},
  remembered: BallotMessage | null = null,
): ParticipantLink {
  let view: RoomView | null = null;
  let mine = remembered;
  const options = {
    seat: profile.seat,
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.team ? { team: profile.team } : {}),
  };
  const attach = (room: Room): void => {
    let recast = true;
    room.onStateChange((state) => {
      view = roomViewOf(state);
      // Once per connection: the same decision still open, and this vote not yet on the server.
      if (recast && mine && view.phase === 'open' && view.key === mine.key)
        room.send('ballot', mine);
      recast = false;
      events.view?.(view);
    });
    room.onMessage('ballot-ok', (ballot: { key: string; choice: string }) => {
      recast = false;
      events.accepted?.(ballot);
    });
    room.onMessage('refused', (message: { why?: unknown; refusal?: unknown }) =>
      events.refused?.(
        typeof message.why === 'string' ? message.why : '',
        isBallotRefusal(message.refusal) ? message.refusal : undefined,
      ),
    );
    room.onMessage('ended', () => events.ended?.());
  };
  const kept: KeptConnection = keepConnected({
    client,
    join: async () => {
      try {
        return await client.joinById(code, options);
      } catch (error) {
        const noRoom =
          (error as { code?: unknown } | null)?.code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID;
        events.notInYet?.(noRoom ? 'no-room' : 'not-yet');
        throw error;
      }
    },
    attach,
    status: (status, why) => events.status?.(status, why),
  });
  return {
    view: () => view,
    vote(choice, reason) {
      if (!view || view.phase !== 'open') return;
      mine = { key: view.key, choice, reason };
      kept.current()?.send('ballot', mine);
    },
    myVote: () => mine,
    nudge: () => kept.nudge(),
    connection: () => kept.current(),
    leave: () => kept.stop(),
  };
}
