/**
 * Faults beyond one connection: the server restarts during a vote (the presenter re-creates the
 * room under the same code, participants come back by themselves and cast their votes again, so
 * nothing recorded or cast is lost), and two server processes share rooms through Redis (a
 * participant matched by one process votes in a room created on the other).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { runAsFacilitator, type ClosedVote } from '../../src/live-room/facilitator-link';
import { joinAsParticipant, type ParticipantLink } from '../../src/live-room/participant-link';
import { watchRoom } from '../../src/live-room/watcher-link';
import {
  SAMPLE_VOTE as VOTE,
  startServerProcess,
  until,
  type ServerProcess,
} from './room-server-process';

const SECRET = 'facilitator-secret-for-fault-tests';
const seat = (n: number): string => `seat-of-fault-test-person-${n}`;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

describe('a server restart during a vote', () => {
  test('loses no recorded decision and no vote', async () => {
    const code = 'RSTART2345';
    let server: ServerProcess = await startServerProcess(4416);
    cleanups.push(() => server.stop());
    let closed: ClosedVote | null = null;
    const facilitator = runAsFacilitator(server.client(), code, SECRET, {
      closed: (result) => (closed = result),
    });
    cleanups.push(() => facilitator.stop());
    // The presenter's session, with a decision already recorded, is relayed to projectors.
    const session = JSON.stringify({ recorded: ['first decision: ship-it 5-2'] });
    facilitator.publishSession(session);
    await until(() => facilitator.view() !== null, 'the room');
    facilitator.open(VOTE);
    const people: ParticipantLink[] = [1, 2, 3].map((n) =>
      joinAsParticipant(server.client(), code, { seat: seat(n) }),
    );
    for (const person of people) cleanups.push(() => person.leave());
    await until(() => people.every((p) => p.view()?.phase === 'open'), 'everyone to see the vote');
    people[0]?.vote('ship-it', 'one');
    people[1]?.vote('ship-it', 'two');
    people[2]?.vote('ask-first', 'three');
    await until(() => facilitator.view()?.voted === 3, 'three votes');

    await server.kill();
    await until(() => facilitator.view() === null, 'the presenter to notice');
    server = await startServerProcess(4416);

    // Nobody does anything: the presenter re-creates the room, the phones come back and re-vote.
    await until(() => facilitator.view()?.voted === 3, 'the votes again after the restart', 30_000);
    let relayed = '';
    const projector = watchRoom(server.client(), code, { session: (json) => (relayed = json) });
    cleanups.push(() => projector.stop());
    await until(() => relayed !== '', 'the session at a projector');
    expect(relayed).toBe(session);

    facilitator.close();
    await until(() => closed !== null, 'the closed vote');
    // The phones re-vote in whatever order they reconnect, so the reasons may come in any order.
    const result = closed as ClosedVote | null;
    const reasons = [...(result?.reasons ?? [])].sort((a, b) => a.text.localeCompare(b.text));
    expect({ ...result, reasons }).toEqual({
      key: VOTE.key,
      tally: { 'ship-it': 2, 'ask-first': 1 },
      reasons: [
        { choice: 'ship-it', text: 'one' },
        { choice: 'ask-first', text: 'three' },
        { choice: 'ship-it', text: 'two' },
      ],
    });
  }, 90_000);
});

const redisServer = '/usr/bin/redis-server';
describe.skipIf(!existsSync(redisServer))('two server processes sharing Redis', () => {
  test('a participant matched by one process votes in a room created on the other', async () => {
    const redis = spawn(
      redisServer,
      ['--port', '4418', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    cleanups.push(async () => {
      redis.kill('SIGTERM');
      await new Promise((done) => redis.once('exit', done));
    });
    const env = (port: number) => ({
      REDIS_URL: 'redis://127.0.0.1:4418',
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    });
    const first = await startServerProcess(4417, env(4417));
    cleanups.push(() => first.stop());
    const second = await startServerProcess(4419, env(4419));
    cleanups.push(
      () => first.stop(),
      () => second.stop(),
    );

    const code = 'REDXS23456';
    const facilitator = runAsFacilitator(first.client(), code, SECRET);
    cleanups.push(() => facilitator.stop());
    await until(() => facilitator.view() !== null, 'the room on the first process', 20_000);
    facilitator.open(VOTE);

    const person = joinAsParticipant(second.client(), code, { seat: seat(9), name: 'Remote' });
    cleanups.push(() => person.leave());
    await until(
      () => person.view()?.phase === 'open',
      'the vote through the second process',
      20_000,
    );
    person.vote('ask-first', 'from afar');
    await until(() => facilitator.view()?.voted === 1, 'the vote at the presenter');
    expect(facilitator.ballots()).toMatchObject([
      { name: 'Remote', choice: 'ask-first', reason: 'from afar' },
    ]);
  }, 90_000);
});

if (!existsSync(redisServer))
  console.warn(
    `Skipping the Redis test: ${redisServer} is not installed (apt-get install redis-server).`,
  );
