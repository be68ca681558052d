import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat the bench needs; CPU times are in clock ticks. */
export interface ProcStat {
  pid: number;
  comm: string;
  /** One letter: R running, S sleeping, Z exited but not yet reaped, ... */
  state: string;
  ppid: number;
  /** utime + stime + cutime + cstime: its own CPU plus that of children it has reaped. */
  cpuTicks: number;
  /** Start time since boot, in ticks: with the pid, it tells a process from a later one reusing the pid. */
  startTicks: number;
}

/** Clock ticks per second for /proc CPU times (USER_HZ, nearly always 100). */
export const clockTicksPerSecond =
  Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** Reads one process's stat line, or undefined if it has gone. */
export function readProcStat(pid: number): ProcStat | undefined {
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name sits in parentheses and may itself contain spaces or parentheses.
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  const rest = line.slice(close + 2).split(' ');
  const field = (n: number): number => Number(rest[n - 3]);
  return {
    pid,
    comm: line.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: field(4),
    cpuTicks: field(14) + field(15) + field(16) + field(17),
    startTicks: field(22),
  };
}

/** Every live process on the machine. */
export function readAllProcStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProcStat(Number(name));
    if (stat) stats.push(stat);
  }
  return stats;
}

/** `rootPid` and all its descendants, found by walking ppid links in /proc. */
export function processTree(rootPid: number): ProcStat[] {
  const all = readAllProcStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of all) {
    const siblings = children.get(stat.ppid) ?? [];
    siblings.push(stat);
    children.set(stat.ppid, siblings);
  }
  const root = all.find((stat) => stat.pid === rootPid);
  if (!root) return [];
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!.pid) ?? []));
  return tree;
}

/** Total CPU ticks used so far by a process tree. */
export function treeCpuTicks(rootPid: number): number {
  return processTree(rootPid).reduce((sum, stat) => sum + stat.cpuTicks, 0);
}

/** CPU of a whole process tree over `seconds` of wall time, as % of one core. */
export async function measureTreeCpu(rootPid: number, seconds: number): Promise<number> {
  const startTicks = treeCpuTicks(rootPid);
  const startMs = performance.now();
  await new Promise((done) => setTimeout(done, seconds * 1000));
  const usedTicks = treeCpuTicks(rootPid) - startTicks;
  const wallSeconds = (performance.now() - startMs) / 1000;
  return (usedTicks / clockTicksPerSecond / wallSeconds) * 100;
}
