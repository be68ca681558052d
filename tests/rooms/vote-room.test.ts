/**
 * The room server as participants meet it: a dropped socket comes back to its seat and vote; a
 * code no room has yet is said so, and joined once the room opens; a participant who sends
 * facilitator commands, malformed, oversized or flooding messages is refused (or disconnected)
 * and the room is unchanged. Runs the real server process on loopback.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Room } from 'colyseus.js';
import { runAsFacilitator, type FacilitatorLink } from '../../src/live-room/facilitator-link';
import { joinAsParticipant } from '../../src/live-room/participant-link';
import type { RoomView } from '../../src/live-room/room-view';
import {
  SAMPLE_VOTE as VOTE,
  startServerProcess,
  until,
  type ServerProcess,
} from './room-server-process';

const CODE = 'RMTESTA234';
const SECRET = 'facilitator-secret-for-tests-0001';
const seat = (n: number): string => `seat-for-test-participant-${n}`.padEnd(24, 'x');

let server: ServerProcess;
let facilitator: FacilitatorLink;
const view = (): RoomView => facilitator.view() as RoomView;
const votesFor = (id: string): number => view().choices.find((c) => c.id === id)?.votes ?? -1;

beforeAll(async () => {
  server = await startServerProcess(4414);
  facilitator = runAsFacilitator(server.client(), CODE, SECRET);
  await until(() => facilitator.view() !== null, 'the facilitator in its room');
  facilitator.open(VOTE);
  await until(() => view().phase === 'open', 'the vote to open');
}, 60_000);

afterAll(async () => {
  await facilitator?.stop();
  await server?.stop();
});

describe('a participant', () => {
  test('whose socket drops rejoins its seat with its vote, and can still change it', async () => {
    const statuses: string[] = [];
    const person = joinAsParticipant(
      server.client(),
      CODE,
      { seat: seat(1), name: 'Ada' },
      {
        status: (s) => statuses.push(s),
      },
    );
    await until(() => person.view()?.phase === 'open', 'the participant to see the vote');
    person.vote('ship-it', 'fast');
    await until(() => votesFor('ship-it') === 1, 'the vote to count');

    // The network goes: the socket dies without a goodbye.
    const socket = (
      person.connection()?.connection.transport as unknown as {
        ws: { _socket: { destroy(): void } };
      }
    ).ws._socket;
    socket.destroy();
    await until(() => statuses.includes('reconnecting'), 'the drop to be noticed');
    await until(() => statuses.at(-1) === 'connected', 'the reconnection', 15_000);
    expect(view().joined).toBe(1);
    expect(view().voted).toBe(1);

    person.vote('ask-first', 'changed my mind');
    await until(() => votesFor('ask-first') === 1, 'the changed vote');
    expect(votesFor('ship-it')).toBe(0);
    expect(view().voted).toBe(1);
    expect(facilitator.ballots().map((b) => b.reason)).toEqual(['changed my mind']);
    await person.leave();
  });

  test('with a code no room has yet hears so, keeps trying, and joins once the room opens', async () => {
    const laterCode = 'RMTESTB567';
    const heard: string[] = [];
    const person = joinAsParticipant(
      server.client(),
      laterCode,
      { seat: seat(4) },
      { notInYet: (why) => heard.push(why) },
    );
    await until(() => heard.length >= 2, 'two refused joins');
    expect(new Set(heard)).toEqual(new Set(['no-room']));
    expect(person.view()).toBeNull();

    const late = runAsFacilitator(server.client(), laterCode, SECRET);
    await until(() => person.view()?.phase === 'waiting', 'the phone in the new room', 15_000);
    await person.leave();
    await late.stop();
  }, 30_000);

  test('cannot command the room, and malformed, oversized or flooding messages change nothing', async () => {
    const before = JSON.stringify(view());
    const ballotsBefore = JSON.stringify(facilitator.ballots());
    const room: Room = await server.client().joinById(CODE, { seat: seat(2) });
    const refusals: string[] = [];
    const ballotRefusals: unknown[] = [];
    room.onMessage('refused', (m: { why: string; refusal?: unknown }) => {
      refusals.push(m.why);
      if (m.refusal) ballotRefusals.push(m.refusal);
    });
    room.onMessage('ballot-ok', () => refusals.push('ACCEPTED'));

    for (const command of ['open', 'close', 'hide', 'end', 'session']) room.send(command, VOTE);
    await until(() => refusals.length === 5, 'five refusals');
    expect(new Set(refusals)).toEqual(new Set(['participants can only vote']));

    await new Promise((r) => setTimeout(r, 1100)); // a fresh second for the rate gate
    const malformed: unknown[] = [
      { key: VOTE.key, choice: 'Not An Id', reason: '' },
      { key: VOTE.key, choice: 'ship-it' },
      { key: VOTE.key, choice: 'ship-it', reason: 'two\nlines' },
      { key: VOTE.key, choice: 'no-such-choice', reason: '' },
      { key: 'an-old-vote', choice: 'ship-it', reason: '' },
      { key: VOTE.key, choice: 'ship-it', reason: 'x'.repeat(100_000) },
    ];
    for (const message of malformed) room.send('ballot', message);
    await until(() => refusals.length === 11, 'six more refusals');
    expect(refusals.slice(5)).not.toContain('ACCEPTED');
    expect(refusals.slice(5).join(' | ')).toMatch(/choice must be an id/);
    // A ballot's own refusals also go as keys, for the phone to word in its language.
    expect(ballotRefusals).toEqual(['notOneOfTheChoices', 'voteOver']);

    // Flooding: far past the allowance in one second, and the server hangs up.
    const left = new Promise<number>((done) => room.onLeave((code) => done(code)));
    for (let i = 0; i < 40; i += 1) room.send('close');
    expect(await left).toBe(4029);

    // A message over the size cap closes the socket before anything reads it.
    const big: Room = await server.client().joinById(CODE, { seat: seat(3) });
    const closed = new Promise<number>((done) => big.onLeave((code) => done(code)));
    big.send('ballot', { key: VOTE.key, choice: 'ship-it', reason: 'y'.repeat(2_000_000) });
    expect(await closed).not.toBe(1000);

    // A forged facilitator and a bad seat are refused at the door.
    await expect(
      server.client().joinById(CODE, { secret: 'not-the-secret-but-long-enough' }),
    ).rejects.toThrow(/facilitator key/);
    await expect(server.client().joinById(CODE, { seat: 'short' })).rejects.toThrow(/join refused/);

    // Seats that dropped keep their place for a while (reconnection), so `joined` is left out.
    const after = { ...view(), joined: 0 };
    expect(JSON.stringify(after)).toBe(
      JSON.stringify({ ...(JSON.parse(before) as RoomView), joined: 0 }),
    );
    expect(JSON.stringify(facilitator.ballots())).toBe(ballotsBefore);
  }, 60_000);
});
