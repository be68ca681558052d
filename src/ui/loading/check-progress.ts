import type { LoadProgress } from '../../engine/load-scenario';
import { t, type MessageKey } from '../../i18n/translate';
import { button, el } from '../dom';
import { wordedWith } from '../worded-with';

const STEP_WORDS: Record<LoadProgress['step'], MessageKey> = {
  read: 'picker.stepRead',
  validate: 'picker.stepValidate',
  check: 'picker.stepCheck',
};

/** A visible check in progress, with a Cancel button, in the notices area above the screen. */
export interface CheckProgressPanel {
  update: (progress: LoadProgress, where: string) => void;
  remove: () => void;
}

/** Shows "Checking <file>…" with a progress bar and Cancel (which calls `cancel`). */
export function showCheckProgress(fileName: string, cancel: () => void): CheckProgressPanel {
  const words = el('span', { text: t('picker.stepStart') });
  const bar = el('progress', {
    attrs: { max: '100', 'aria-label': t('picker.checkingLabel', { file: fileName }) },
  });
  const panel = el(
    'div',
    { className: 'notice check-progress', attrs: { role: 'status', 'data-check': 'running' } },
    el('p', {}, ...wordedWith('picker.checking', { file: fileName }, { step: words })),
    bar,
    button(t('picker.cancel'), () => {
      panel.remove();
      cancel();
    }),
  );
  document.getElementById('notices')?.append(panel);
  return {
    update: (progress, where) => {
      panel.dataset.where = where; // which thread does the work, for tests and the curious
      words.textContent = t(STEP_WORDS[progress.step]);
      // Reading is most of the work; the two steps after it share the last fifth.
      const share = progress.total > 0 ? progress.done / progress.total : 1;
      const percent =
        progress.step === 'read' ? share * 80 : progress.step === 'validate' ? 85 : 95;
      bar.value = Math.round(percent);
    },
    remove: () => panel.remove(),
  };
}
