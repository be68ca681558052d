/**
 * Keeps one connection to a room alive through dropped sockets, sleeping phones and server
 * restarts: after an unexpected close it first reconnects with Colyseus's reconnection token (the
 * same seat, within the server's grace period), and failing that joins the room afresh by its code
 * (the caller's `join`), which also finds a room re-created after a restart. It retries with a
 * growing pause until it is stopped or the room says it has ended.
 */
import type { Client, Room } from 'colyseus.js';

/** What a connection is doing, for the page to say. */
export type LinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'failed';

export interface KeptConnection {
  current(): Room | null;
  /** Closes on purpose: no reconnection. */
  stop(): Promise<void>;
  /** Tries at once (after the network comes back or the page wakes up). */
  nudge(): void;
}

export interface KeepOptions {
  client: Client;
  /** Joins (or creates) the room afresh. */
  join: () => Promise<Room>;
  /** Called with each new room object: attach message and state handlers here. */
  attach: (room: Room) => void;
  status: (status: LinkStatus, why?: string) => void;
  /** Whether a refused fresh join is final (the room is gone for good) rather than worth retrying. */
  isFinal?: (error: unknown) => boolean;
  /** The pauses between attempts, in ms (the last one repeats). */
  pauses?: readonly number[];
}

/** A close code that means "left on purpose" (the client's own leave(), or the room ended). */
const CONSENTED = 4000;

export function keepConnected(options: KeepOptions): KeptConnection {
  const pauses = options.pauses ?? [250, 500, 1000, 2000, 4000];
  let room: Room | null = null;
  let token = '';
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const adopt = (next: Room): void => {
    room = next;
    token = next.reconnectionToken;
    attempt = 0;
    options.attach(next);
    options.status('connected');
    next.onLeave((code) => {
      if (room !== next) return;
      room = null;
      if (stopped || code === 1000 || code === CONSENTED) return;
      options.status('reconnecting');
      schedule();
    });
  };

  const tryOnce = async (): Promise<void> => {
    timer = undefined;
    if (stopped || room) return;
    try {
      if (token) {
        try {
          adopt(await options.client.reconnect(token));
          return;
        } catch {
          token = '';
        }
      }
      adopt(await options.join());
    } catch (error) {
      if (options.isFinal?.(error)) {
        stopped = true;
        options.status('failed', String((error as Error).message ?? error));
        return;
      }
      schedule();
    }
  };

  const schedule = (): void => {
    if (stopped || timer) return;
    const pause = pauses[Math.min(attempt, pauses.length - 1)] ?? 1000;
    attempt += 1;
    timer = setTimeout(() => void tryOnce(), pause);
  };

  options.status('connecting');
  void tryOnce();
  return {
    current: () => room,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const leaving = room;
      room = null;
      if (leaving) await leaving.leave(true).catch(() => undefined);
    },
    nudge() {
      if (stopped || room) return;
      if (timer) clearTimeout(timer);
      timer = undefined;
      void tryOnce();
    },
  };
}
