/**
 * `npm run bench:rooms`: simulated participants (Node clients through colyseus.js, loopback only)
 * in the real server process. Two runs: 1 room × 500 and 20 rooms × 30. In each room everyone
 * votes, then everyone changes their vote, spread over a few seconds as a room does. Prints the
 * time from a vote sent to the tally at the presenter (p50/p95), the server's CPU time and memory
 * per participant, and votes lost. Bounded: at most 500 clients and two minutes a run.
 */
import { readFileSync } from 'node:fs';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../src/facilitation/live-vote';
import { runAsFacilitator, type FacilitatorLink } from '../../src/live-room/facilitator-link';
import { joinAsParticipant, type ParticipantLink } from '../../src/live-room/participant-link';
import { startServerProcess, until, type ServerProcess } from '../rooms/room-server-process';

const PORT = 4412;
const SPREAD_MS = 4000;
const CHOICES = ['ship-it', 'ask-first', 'wait'].map((id) => ({ id, label: id }));

interface RunResult {
  label: string;
  participants: number;
  latencies: number[];
  lost: number;
  cpuMs: number;
  bytesPerParticipant: number;
}

/** CPU time (user + system) and resident memory of a process, from /proc. */
function usage(pid: number): { cpuMs: number; rssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(stat[11]) + Number(stat[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: ticks * 10, rssBytes: rssKb * 1024 };
}

/** A valid room code per run and room: the run's letters, the room's letter, then padding. */
const code = (room: number, run: string): string =>
  `${run}${ROOM_CODE_ALPHABET[room] ?? 'Z'}`.padEnd(ROOM_CODE_LENGTH, '9');
const seat = (room: number, n: number): string => `bench-seat-${room}-${n}`.padEnd(24, 'x');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(each));
}

async function run(
  server: ServerProcess,
  label: string,
  rooms: number,
  perRoom: number,
  tag: string,
): Promise<RunResult> {
  const sentAt: number[][] = [];
  const latencies: number[] = [];
  const facilitators: FacilitatorLink[] = [];
  for (let r = 0; r < rooms; r += 1) {
    sentAt.push([]);
    let seen = 0;
    const link = runAsFacilitator(
      server.client(),
      code(r, tag),
      `bench-facilitator-secret-${r}`.padEnd(24, 'x'),
      {
        view: (view) => {
          const now = performance.now();
          for (; seen < view.cast; seen += 1) {
            const sent = sentAt[r]?.[seen];
            if (sent !== undefined) latencies.push(now - sent);
          }
        },
      },
    );
    facilitators.push(link);
  }
  await until(() => facilitators.every((f) => f.view() !== null), 'every room', 30_000);
  facilitators.forEach((f, r) => f.open({ key: `bench/${r}`, prompt: 'Bench', choices: CHOICES }));
  await until(() => facilitators.every((f) => f.view()?.phase === 'open'), 'every vote to open');

  const before = usage(server.pid);
  const people: { room: number; link: ParticipantLink }[] = [];
  const slots = Array.from({ length: rooms * perRoom }, (_, i) => i);
  await inBatches(slots, 50, async (i) => {
    const room = Math.floor(i / perRoom);
    const link = joinAsParticipant(server.client(), code(room, tag), { seat: seat(room, i) });
    people.push({ room, link });
    await until(() => link.view()?.phase === 'open', 'a participant to join', 30_000);
  });
  await pause(500);
  const joined = usage(server.pid);

  const finalChoice = new Map<ParticipantLink, string>();
  for (const round of [0, 1]) {
    await Promise.all(
      people.map(async ({ room, link }, i) => {
        await pause(Math.random() * SPREAD_MS);
        const choice = CHOICES[(i + round) % CHOICES.length]?.id ?? 'wait';
        sentAt[room]?.push(performance.now());
        link.vote(choice, `reason ${i}`);
        finalChoice.set(link, choice);
      }),
    );
  }
  const expected = perRoom * 2;
  await until(
    () => facilitators.every((f) => (f.view()?.cast ?? 0) >= expected),
    'every vote',
    30_000,
  ).catch(() => undefined);
  const after = usage(server.pid);

  let lost = 0;
  facilitators.forEach((f, r) => {
    const view = f.view();
    lost += Math.max(0, expected - (view?.cast ?? 0));
    for (const choice of CHOICES) {
      const want = people.filter(
        (p) => p.room === r && finalChoice.get(p.link) === choice.id,
      ).length;
      const got = view?.choices.find((c) => c.id === choice.id)?.votes ?? 0;
      lost += Math.abs(want - got);
    }
  });
  await Promise.all(people.map(({ link }) => link.leave()));
  await Promise.all(facilitators.map((f) => f.end()));
  return {
    label,
    participants: rooms * perRoom,
    latencies,
    lost,
    cpuMs: after.cpuMs - before.cpuMs,
    bytesPerParticipant: (joined.rssBytes - before.rssBytes) / (rooms * perRoom),
  };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const server = await startServerProcess(PORT);
const results: RunResult[] = [];
try {
  results.push(await run(server, '1 room × 500', 1, 500, 'BENCHA'));
  await pause(1000);
  results.push(await run(server, '20 rooms × 30', 20, 30, 'BENCHB'));
} finally {
  await server.stop();
}
console.log(
  '\n| run | participants | vote → presenter p50 | p95 | server CPU per vote | memory per participant | lost |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of results)
  console.log(
    `| ${r.label} | ${r.participants} | ${percentile(r.latencies, 50).toFixed(0)} ms | ${percentile(r.latencies, 95).toFixed(0)} ms | ${(r.cpuMs / (r.participants * 2)).toFixed(2)} ms | ${(r.bytesPerParticipant / 1024).toFixed(1)} KB | ${r.lost} |`,
  );
console.log('\nGoals: p95 ≤ 150 ms at 500 in one room, none lost, ≤ 50 KB per participant.');
