/**
 * `npm start` (after the build): serves dist/ and the room server from one process.
 *   --lan           listen on every interface and print the join address and a QR code
 *   --port <n>      port (default 4173; PORT in the environment works too)
 *   --host <addr>   address to listen on (default 127.0.0.1, or 0.0.0.0 with --lan)
 *   --dist <folder> the built game (default dist)
 * REDIS_URL shares rooms with other processes; PUBLIC_ADDRESS (host:port) is how clients reach
 * this one when several do.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { joinAddresses, terminalQr } from './lan-address';
import { startRoomServer } from './room-server';

const { values } = parseArgs({
  options: {
    lan: { type: 'boolean', default: false },
    port: { type: 'string' },
    host: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(
    `--port must be a whole number from 1 to 65535, not '${values.port ?? process.env.PORT}'`,
  );
  process.exit(2);
}
const host = values.host ?? (values.lan ? '0.0.0.0' : '127.0.0.1');
const redisUrl = process.env.REDIS_URL || undefined;
const server = await startRoomServer({
  distFolder: resolve(values.dist),
  host,
  port,
  ...(redisUrl ? { redisUrl } : {}),
  ...(process.env.PUBLIC_ADDRESS ? { publicAddress: process.env.PUBLIC_ADDRESS } : {}),
}).catch((error: unknown) => {
  console.error(`Spillage could not start on ${host}:${port}: ${String(error)}`);
  process.exit(1);
});

console.log(`Spillage is running at http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`);
if (redisUrl) console.log('Rooms are shared through Redis (REDIS_URL).');
if (values.lan) {
  const addresses = joinAddresses(port);
  if (addresses.length === 0)
    console.log('No network address found: is this machine on a network?');
  for (const address of addresses) console.log(`On the local network, join at ${address}`);
  if (addresses[0]) console.log(terminalQr(addresses[0]));
} else {
  console.log(
    'Only this computer can reach it. For phones on the same network: npm start -- --lan',
  );
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    void server.close().finally(() => process.exit(0));
  });
