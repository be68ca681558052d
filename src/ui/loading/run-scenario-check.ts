import type { LoadProgress, ScenarioFileInput } from '../../engine/load-scenario';
import { problem } from '../../engine/problem-message';
import type { ScenarioError } from '../../engine/scenario-error';
import {
  outcomeOf,
  type CheckMessage,
  type CheckOutcome,
  type CheckRequest,
} from './scenario-check-protocol';
import { startCheckWorker } from './start-check-worker';
import { t } from '../../i18n/translate';

/** Text small enough to check at once on the main thread, well within a frame. */
const CHECKED_AT_ONCE = 16 * 1024;
/** Longest slice of main-thread work when no worker can start (the single-file build on file://). */
const SLICE_MS = 12;

/** A check under way: its result (null if cancelled), and how to cancel it. */
export interface CheckRun {
  result: Promise<CheckOutcome | null>;
  cancel: () => void;
}

/**
 * Runs the scenario check (load + prove, as the CLI does) on `files`: at once when they are small,
 * else in a Web Worker, or, when no worker can start, on the main thread in slices of at most
 * SLICE_MS with the page free in between. Calls `onProgress` as it goes.
 */
export function runScenarioCheck(
  files: ScenarioFileInput[],
  onProgress: (progress: LoadProgress, where: 'worker' | 'main thread') => void,
): CheckRun {
  let cancelled = false;
  let stopWorker = (): void => undefined;
  let settle: (result: CheckOutcome | null) => void = () => undefined;
  const result = new Promise<CheckOutcome | null>((resolve) => (settle = resolve));
  const size = files.reduce((n, f) => n + f.text.length, 0);
  const inSlices = (): void =>
    void checkInSlices(
      files,
      (p) => onProgress(p, 'main thread'),
      () => cancelled,
    ).then(settle, () => settle(null));
  if (size <= CHECKED_AT_ONCE) inSlices();
  else {
    stopWorker = checkInWorker(files, (p) => onProgress(p, 'worker'), settle, inSlices);
  }
  return {
    result,
    cancel: () => {
      cancelled = true;
      stopWorker();
      settle(null);
    },
  };
}

/** Starts the worker; returns how to stop it. Falls back to `instead` if it cannot start. */
function checkInWorker(
  files: ScenarioFileInput[],
  onProgress: (progress: LoadProgress) => void,
  done: (result: CheckOutcome) => void,
  instead: () => void,
): () => void {
  let worker: Worker | null;
  try {
    worker = startCheckWorker();
  } catch {
    worker = null;
  }
  if (!worker) {
    instead();
    return () => undefined;
  }
  let heard = false;
  worker.addEventListener('message', (event: MessageEvent<CheckMessage>) => {
    heard = true;
    const message = event.data;
    if (message.kind === 'progress') onProgress(message.progress);
    else {
      worker.terminate();
      done(message.result);
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    // A worker that never answered could not start (no worker file beside a single HTML file):
    // check here instead. One that failed midway met an engine bug; checking again would too.
    if (!heard) instead();
    else done({ ok: false, errors: [stopped(files[0]?.path ?? t('picker.noFile'))] });
  });
  const request: CheckRequest = { files };
  worker.postMessage(request);
  return () => worker.terminate();
}

function stopped(file: string): ScenarioError {
  const message = problem('scenarioFile.checkStopped');
  return { file, path: '', line: 1, column: 1, code: 'unreadable', message };
}

/** The check on the main thread, yielding to the page between slices of at most SLICE_MS. */
async function checkInSlices(
  files: ScenarioFileInput[],
  onProgress: (progress: LoadProgress) => void,
  isCancelled: () => boolean,
): Promise<CheckOutcome | null> {
  const { checkScenarioFilesSteps } = await import('../../engine/check-scenario-files');
  const steps = checkScenarioFilesSteps(files);
  for (;;) {
    const sliceStart = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return outcomeOf(step.value);
      if (performance.now() - sliceStart >= SLICE_MS) {
        onProgress(step.value);
        break;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (isCancelled()) return null;
  }
}
