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

/**
 * A link and a QR code that replay the player's path read-only; nothing leaves the device. A link
 * names a scenario that comes with the game, so a scenario loaded from a file gets no link (it
 * could never open): the panel says why instead.
 */
export function sharePanel(
  scenario: Scenario,
  log: readonly LogEntry[],
  loadedFromFile = false,
): HTMLElement {
  const heading = el('h2', {
    id: 'share-heading',
    text: 'Share my path',
    attrs: { tabindex: '-1' },
  });
  const section = (...children: Element[]) =>
    el(
      'section',
      { className: 'share', attrs: { 'aria-labelledby': 'share-heading' } },
      heading,
      ...children,
    );
  if (loadedFromFile)
    return section(
      el('p', {
        className: 'share-refused',
        text: 'A link can’t replay this path: links open only the scenarios that come with Spillage, and this one was loaded from a file that other devices don’t have. To share it, send the scenario file itself; whoever loads it can play the same choices.',
      }),
    );
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
  return section(
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
