import type { Status } from '../../engine/schema';
import { statusMeaning } from '../../engine/status-words';
import { el } from '../dom';

/** A badge naming an outcome's status, with its meaning spelled out beside it. */
export function statusLabel(status: Status): HTMLElement {
  const { label, meaning } = statusMeaning[status];
  return el(
    'p',
    { className: `status status-${status}` },
    el('strong', { className: 'status-badge', text: label }),
    el('span', { className: 'status-meaning', text: ` ${meaning}` }),
  );
}
