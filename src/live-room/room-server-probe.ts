/**
 * Whether the page was served by Spillage's own server, which hosts rooms: a static host, the
 * single file and an offline copy have none, and facilitator mode then says why phones cannot join.
 */

/** The address the server answers (server/room-server.ts). */
export const ROOM_SERVER_PROBE = '/room-server.json';

/** Resolves true when this page's origin hosts rooms. */
export async function hasRoomServer(): Promise<boolean> {
  if (!/^https?:$/.test(window.location.protocol)) return false;
  try {
    const response = await fetch(ROOM_SERVER_PROBE, { cache: 'no-store' });
    if (!response.ok) return false;
    const body = (await response.json()) as { rooms?: unknown };
    return body.rooms === true;
  } catch {
    return false;
  }
}
