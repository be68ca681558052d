/**
 * One Node process serving the built game and its room server on the same address: sirv answers
 * files, Colyseus answers matchmaking (/matchmake/…) and the WebSocket of each room. In memory by
 * default; with a Redis URL, several processes share rooms through @colyseus/redis-presence and
 * @colyseus/redis-driver (each process then needs its own public address, see README).
 */
// Words anything it prints in English (the catalogue every message is written in first).
import '../src/i18n/game-messages';
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { MAX_SESSION_CHARS, VOTE_ROOM_NAME } from '../src/facilitation/live-vote';
import { ROOM_SERVER_PROBE } from '../src/live-room/room-server-probe';
import { staticFiles } from './static-files';
import { VoteRoom } from './vote-room';

export interface RoomServerOptions {
  /** The built game (dist/). */
  distFolder: string;
  host: string;
  port: number;
  /** Share rooms with other processes through this Redis (e.g. redis://127.0.0.1:6379). */
  redisUrl?: string;
  /** This process's address as clients reach it (host:port), when several share a Redis. */
  publicAddress?: string;
}

export interface RunningRoomServer {
  http: HttpServer;
  /** Stops taking connections and closes every room (rooms live in memory only). */
  close(): Promise<void>;
}

/** The largest matchmaking request: join options are a few short fields. */
const MAX_MATCHMAKE_BYTES = 4096;

/** Starts the server and resolves once it listens. */
export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const http = createServer(staticFiles(options.distFolder));
  const gameServer = new Server({
    greet: false,
    // The start script closes the server itself (and a test must not have its process exited).
    gracefullyShutdown: false,
    transport: new WebSocketTransport({
      server: http,
      // The presenter relays the session (JSON) to projectors; nothing else comes near this.
      maxPayload: MAX_SESSION_CHARS + 16 * 1024,
    }),
    ...(options.redisUrl
      ? { presence: new RedisPresence(options.redisUrl), driver: new RedisDriver(options.redisUrl) }
      : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
  });
  gameServer.define(VOTE_ROOM_NAME, VoteRoom);
  capMatchmakeRequests(http);
  await gameServer.listen(options.port, options.host);
  return {
    http,
    close: () => gameServer.gracefullyShutdown(false),
  };
}

/** Refuses an oversized matchmaking request: Colyseus would read any body whole. */
function capMatchmakeRequests(http: HttpServer): void {
  const handlers = http.listeners('request').slice() as ((...args: unknown[]) => void)[];
  http.removeAllListeners('request');
  http.on('request', (req, res) => {
    // Pages ask this to know whether phones can join (a static host or an offline copy has none).
    if (req.url === ROOM_SERVER_PROBE) {
      res
        .writeHead(200, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .end('{"rooms":true}');
      return;
    }
    if (req.url?.startsWith('/matchmake/')) {
      if (Number(req.headers['content-length'] ?? 0) > MAX_MATCHMAKE_BYTES) {
        res.writeHead(413).end();
        return;
      }
      let received = 0;
      req.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_MATCHMAKE_BYTES) req.destroy();
      });
    }
    for (const handler of handlers) handler.call(http, req, res);
  });
}
