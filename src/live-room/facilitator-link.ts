/**
 * The presenter's side of a room, without any page: joins its room by code and secret, or creates
 * it when it is not running (first use, or the server restarted: the presenter's saved session
 * re-creates it under the same code). After every (re)connection it sends the session and the open
 * decision again, so a re-created room is where the presenter is. It holds the ballots the server
 * reports (names and reasons, for the presenter only) and the result of each closed vote.
 */
import type { Client, Room } from 'colyseus.js';
import { VOTE_ROOM_NAME, type Ballot, type OpenVote } from '../facilitation/live-vote';
import { keepConnected, type LinkStatus } from './keep-connected';
import { roomViewOf, type RoomView } from './room-view';

/** A closed vote as the server counted it. */
export interface ClosedVote {
  key: string;
  tally: Record<string, number>;
  reasons: { choice: string; text: string }[];
}

export interface FacilitatorEvents {
  view?: (view: RoomView) => void;
  ballots?: (ballots: readonly Ballot[]) => void;
  closed?: (result: ClosedVote) => void;
  status?: (status: LinkStatus, why?: string) => void;
  refused?: (why: string) => void;
}

export interface FacilitatorLink {
  view(): RoomView | null;
  ballots(): readonly Ballot[];
  /** Sends the session state (JSON) to projectors, now and after every reconnection. */
  publishSession(json: string): void;
  /** Opens a decision to the room (again, after a reconnection). */
  open(vote: OpenVote): void;
  /** Closes the open decision; the count arrives through `closed`. */
  close(): void;
  /** Withdraws the open decision (the choices are hidden again). */
  hide(): void;
  /** Ends the room for everyone and stops. */
  end(): Promise<void>;
  stop(): Promise<void>;
}

export function runAsFacilitator(
  client: Client,
  code: string,
  secret: string,
  events: FacilitatorEvents = {},
): FacilitatorLink {
  let view: RoomView | null = null;
  let ballots = new Map<string, Ballot>();
  let session = '';
  let opened: OpenVote | null = null;
  const tellBallots = (): void => events.ballots?.([...ballots.values()]);
  const attach = (room: Room): void => {
    // A new connection (maybe to a re-created room) starts from what that room says.
    view = null;
    room.onStateChange((state) => {
      view = roomViewOf(state);
      events.view?.(view);
    });
    room.onMessage('ballots', (message: { key: string; ballots: Ballot[] }) => {
      ballots = new Map(message.ballots.map((b) => [b.seat, b]));
      tellBallots();
    });
    room.onMessage('ballot', (ballot: Ballot) => {
      ballots.set(ballot.seat, ballot);
      tellBallots();
    });
    room.onMessage('closed', (result: ClosedVote) => events.closed?.(result));
    room.onMessage('refused', (message: { why: string }) => events.refused?.(message.why));
    room.onMessage('session', () => undefined);
    room.onMessage('ended', () => undefined);
    if (session) room.send('session', session);
    if (opened) room.send('open', opened);
  };
  const kept = keepConnected({
    client,
    join: async () => {
      try {
        return await client.joinById(code, { secret });
      } catch {
        return await client.create(VOTE_ROOM_NAME, { code, secret });
      }
    },
    attach,
    status: (status, why) => {
      // Counts from a lost connection are not shown as if current.
      if (status !== 'connected') view = null;
      events.status?.(status, why);
    },
  });
  const send = (type: string, message?: unknown): void => kept.current()?.send(type, message);
  return {
    view: () => view,
    ballots: () => [...ballots.values()],
    publishSession(json) {
      session = json;
      send('session', json);
    },
    open(vote) {
      if (opened?.key !== vote.key) ballots = new Map();
      opened = vote;
      send('open', vote);
    },
    close() {
      opened = null;
      send('close');
    },
    hide() {
      opened = null;
      ballots = new Map();
      send('hide');
    },
    async end() {
      send('end');
      await kept.stop();
    },
    stop: () => kept.stop(),
  };
}
