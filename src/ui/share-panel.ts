import { encodeShareCode } from '../engine/share-code';
import type { Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import { button, el } from './dom';
import { qrCode } from './parts/qr-code';

/** The link that replays a path read-only on this page. */
export function shareLink(code: string): string {
  const here = new URL(window.location.href);
  here.hash = `#/path/${code}`;
  return here.toString();
}

/** A link and a QR code that replay the player's path read-only; nothing leaves the device. */
export function sharePanel(scenario: Scenario, log: readonly LogEntry[]): HTMLElement {
  const link = shareLink(encodeShareCode(scenario, log));
  const field = el('input', {
    id: 'share-link',
    className: 'share-link',
    attrs: { type: 'text', readonly: '' },
  });
  field.value = link;
  const status = el('p', { className: 'share-status', attrs: { role: 'status' } });
  const copy = button('Copy the link', () => {
    field.select();
    navigator.clipboard
      .writeText(link)
      .then(() => (status.textContent = 'Link copied.'))
      .catch(() => (status.textContent = 'Select the link and copy it (Ctrl+C or ⌘C).'));
  });
  return el(
    'section',
    { className: 'share', attrs: { 'aria-labelledby': 'share-heading' } },
    el('h2', { id: 'share-heading', text: 'Share my path', attrs: { tabindex: '-1' } }),
    el('p', {
      text: 'Anyone who opens this link (or scans the code) on a device with Spillage sees your path, read-only.',
    }),
    el('label', { attrs: { for: 'share-link' }, text: 'Link to your path' }),
    field,
    copy,
    status,
    qrCode(link, 'QR code of the link to your path'),
  );
}
