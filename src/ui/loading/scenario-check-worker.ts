// The scenario check, run off the main thread: the same steps as `npm run check:scenarios`, with
// progress posted at most every 50 ms. The page terminates this worker to cancel.
import { checkScenarioFilesSteps } from '../../engine/check-scenario-files';
import { outcomeOf, type CheckMessage, type CheckRequest } from './scenario-check-protocol';

const PROGRESS_EVERY_MS = 50;

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const post = (message: CheckMessage): void => self.postMessage(message);
  const steps = checkScenarioFilesSteps(event.data.files);
  let last = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return post({ kind: 'done', result: outcomeOf(step.value) });
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      post({ kind: 'progress', progress: step.value });
    }
  }
});
