/**
 * A projector's side of a room: joins to watch (no secret, no seat), and receives the session the
 * presenter relays and the public counts. The projector reads the session with the same schema
 * and fit checks as a session kept in storage.
 */
import type { Client, Room } from 'colyseus.js';
import { keepConnected, type LinkStatus } from './keep-connected';
import { roomViewOf, type RoomView } from './room-view';

export interface WatcherEvents {
  view?: (view: RoomView) => void;
  session?: (json: string) => void;
  status?: (status: LinkStatus, why?: string) => void;
  ended?: () => void;
}

export function watchRoom(
  client: Client,
  code: string,
  events: WatcherEvents,
): { stop(): Promise<void> } {
  const attach = (room: Room): void => {
    room.onStateChange((state) => events.view?.(roomViewOf(state)));
    room.onMessage('session', (json: unknown) => {
      if (typeof json === 'string') events.session?.(json);
    });
    room.onMessage('ended', () => events.ended?.());
  };
  return keepConnected({
    client,
    join: () => client.joinById(code, { watch: true }),
    attach,
    status: (status, why) => events.status?.(status, why),
  });
}
