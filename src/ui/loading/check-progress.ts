import type { LoadProgress } from '../../engine/load-scenario';
import { button, el } from '../dom';

const STEP_WORDS: Record<LoadProgress['step'], string> = {
  read: 'reading the file',
  validate: 'checking every rule of the format',
  check: 'following every path for dead ends',
};

/** A visible check in progress, with a Cancel button, in the notices area above the screen. */
export interface CheckProgressPanel {
  update: (progress: LoadProgress, where: string) => void;
  remove: () => void;
}

/** Shows "Checking <file>…" with a progress bar and Cancel (which calls `cancel`). */
export function showCheckProgress(fileName: string, cancel: () => void): CheckProgressPanel {
  const words = el('span', { text: 'starting' });
  const bar = el('progress', { attrs: { max: '100', 'aria-label': `Checking ${fileName}` } });
  const panel = el(
    'div',
    { className: 'notice check-progress', attrs: { role: 'status', 'data-check': 'running' } },
    el('p', {}, `Checking ${fileName}: `, words, '…'),
    bar,
    button('Cancel', () => {
      panel.remove();
      cancel();
    }),
  );
  document.getElementById('notices')?.append(panel);
  return {
    update: (progress, where) => {
      panel.dataset.where = where; // which thread does the work, for tests and the curious
      words.textContent = STEP_WORDS[progress.step];
      // Reading is most of the work; the two steps after it share the last fifth.
      const share = progress.total > 0 ? progress.done / progress.total : 1;
      const percent =
        progress.step === 'read' ? share * 80 : progress.step === 'validate' ? 85 : 95;
      bar.value = Math.round(percent);
    },
    remove: () => panel.remove(),
  };
}
