// Runs the Playwright browser tests against a fresh production build, with a Chromium found on
// this machine (tests never download a browser).
import { spawnSync } from 'node:child_process';
import { findChromium, installHint } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(installHint);
  process.exit(1);
}
const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!process.argv.includes('--no-build')) {
  run('npm', ['run', '--silent', 'build', '--', '--logLevel', 'warn']);
  run('npm', ['run', '--silent', 'build:single', '--', '--logLevel', 'warn']);
}
run('npx', ['playwright', 'test', ...process.argv.slice(2).filter((arg) => arg !== '--no-build')]);
