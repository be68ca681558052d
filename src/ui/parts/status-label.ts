import type { Status } from '../../engine/schema';
import { el } from '../dom';

/** How sure the source is, in the words the brief gives players. */
export const statusMeaning: Record<Status, { label: string; meaning: string }> = {
  reported: { label: 'Reported', meaning: 'the press reports it as fact' },
  claimed: { label: 'Claimed', meaning: "one party's account, not corroborated" },
  alleged: { label: 'Alleged', meaning: 'reports allege it' },
  opinion: { label: 'Opinion', meaning: "an expert's view" },
  'open-question': { label: 'Open question', meaning: 'the source says nobody knows' },
  'what-if': {
    label: 'What-if',
    meaning: 'this did not happen; it extrapolates from the facts cited',
  },
};

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
