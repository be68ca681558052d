import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './bench-targets';

/** How a build went; `output` holds the tail of its log when it failed. */
export type BuildOutcome = { ok: true; seconds: number } | { ok: false; output: string };

/** Runs a command in the project root and collects its output. */
function runQuietly(command: string, args: string[]): Promise<BuildOutcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ ok: false, output: error.message }));
    child.on('close', (code) =>
      done(
        code === 0
          ? { ok: true, seconds: (performance.now() - started) / 1000 }
          : { ok: false, output: output.slice(-4000) },
      ),
    );
  });
}

/** True once the lead's game has an entry page for Vite to build. */
export function gameSourceExists(): boolean {
  return existsSync(join(projectRoot, 'index.html'));
}

/** Builds the production game into dist/ the way users get it: `npm run build`. */
export function buildGame(): Promise<BuildOutcome> {
  return runQuietly('npm', ['run', '--silent', 'build']);
}

/** Builds the blank Phaser reference into dist-bench/reference/ with its own Vite config. */
export function buildReference(): Promise<BuildOutcome> {
  return runQuietly(join(projectRoot, 'node_modules', '.bin', 'vite'), [
    'build',
    '--config',
    join(projectRoot, 'tests', 'bench', 'reference', 'vite.config.ts'),
  ]);
}
