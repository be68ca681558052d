/**
 * Starts the real server (server/start.ts) as a child process on a loopback port, serving a tiny
 * stand-in for dist/, so room tests exercise what `npm start` runs and can kill it like a crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'colyseus.js';

const root = resolve(import.meta.dirname, '../..');
// Node itself runs the server (tsx only as its loader), so killing the child kills the server.
const tsxLoader = join(root, 'node_modules/tsx/dist/loader.mjs');

/** The decision both room test files open: two choices, the first round of the first beat. */
export const SAMPLE_VOTE = {
  key: '1/first-beat/first',
  prompt: 'What now?',
  choices: [
    { id: 'ship-it', label: 'Ship it' },
    { id: 'ask-first', label: 'Ask first' },
  ],
};

/** A folder holding what the static server needs to start: an index.html with the policy. */
export function standInDist(): string {
  const folder = mkdtempSync(join(tmpdir(), 'spillage-dist-'));
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'"><title>t</title>`,
  );
  return folder;
}

export interface ServerProcess {
  /** The server's own process id (Node runs it directly). */
  pid: number;
  port: number;
  origin: string;
  /** A Colyseus client for this server. */
  client(): Client;
  /** Stops it the way Ctrl+C does. */
  stop(): Promise<void>;
  /** Kills it at once, as a crash would. */
  kill(): Promise<void>;
}

export async function startServerProcess(
  port: number,
  env: Record<string, string> = {},
  dist = standInDist(),
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(tsxLoader).href,
      'server/start.ts',
      '--port',
      String(port),
      '--dist',
      dist,
    ],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 45_000);
    const listen = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Spillage is running')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}):\n${output}`));
    });
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  return {
    pid: child.pid ?? 0,
    port,
    origin,
    client: () => new Client(origin),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Resolves when `check` holds, polling; fails after `ms` with `what`. */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
