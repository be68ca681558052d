import { MAX_SHARED_REFLECTION_BYTES } from '../engine/limits';
import { reflectionForLink, type Reflection } from '../engine/reflection';
import { encodeShareCode } from '../engine/share-code';
import type { Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import { button, el, type Child } from './dom';
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
 * could never open): the panel says why instead. The learner's reflection goes with the link only
 * when they ticked that it may; the panel says whether it does, and whether it had to be shortened.
 */
export function sharePanel(
  scenario: Scenario,
  log: readonly LogEntry[],
  loadedFromFile = false,
  reflection?: Reflection,
): HTMLElement {
  const heading = el('h2', {
    id: 'share-heading',
    text: 'Share my path',
    attrs: { tabindex: '-1' },
  });
  const section = (...children: Child[]) =>
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
  const written = reflection?.text.trim() ? reflection : undefined;
  const shared = written?.share ? written.text : undefined;
  const link = shareLink(encodeShareCode(scenario, log, shared));
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
    written ? el('p', { className: 'share-reflection', text: reflectionNote(written) }) : null,
    el('label', { attrs: { for: 'share-link' }, text: 'Link to your path' }),
    field,
    copy,
    status,
    qrCode(link, 'QR code of the link to your path'),
  );
}

/** What the link does with the learner's reflection, in a sentence. */
function reflectionNote(reflection: Reflection): string {
  if (!reflection.share)
    return 'Your reflection is not in the link (tick “Include my reflection when I share my path” to add it).';
  const forLink = reflectionForLink(reflection.text);
  return forLink.shortened
    ? `Your reflection is longer than a link can carry (${MAX_SHARED_REFLECTION_BYTES} bytes), so the link carries its first ${forLink.text.length - 1} characters, ending with “…”; the whole of it stays on this device.`
    : 'The link carries your reflection: whoever opens it can read it.';
}
