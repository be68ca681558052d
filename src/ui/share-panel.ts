import { MAX_SHARED_REFLECTION_BYTES } from '../engine/limits';
import { reflectionForLink, type Reflection } from '../engine/reflection';
import { encodeShareCode } from '../engine/share-code';
import type { Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import { button, el, type Child } from './dom';
import { qrCode } from './parts/qr-code';
import { currentLanguage, t } from '../i18n/translate';

/** The link that replays a path read-only on this page, in the language it was played in. */
export function shareLink(code: string): string {
  const here = new URL(window.location.href);
  here.hash = `#/path/${code}`;
  here.searchParams.set('lang', currentLanguage());
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
    text: t('share.heading'),
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
        text: t('share.loadedFromFile'),
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
  const copy = button(t('share.copy'), () => {
    field.select();
    navigator.clipboard
      .writeText(link)
      .then(() => (status.textContent = t('share.copied')))
      .catch(() => (status.textContent = t('share.copyYourself')));
  });
  return section(
    el('p', {
      text: t('share.whoSees'),
    }),
    written ? el('p', { className: 'share-reflection', text: reflectionNote(written) }) : null,
    el('label', { attrs: { for: 'share-link' }, text: t('share.linkLabel') }),
    field,
    copy,
    status,
    qrCode(link, t('share.qrLabel')),
  );
}

/** What the link does with the learner's reflection, in a sentence. */
function reflectionNote(reflection: Reflection): string {
  // The box is named as the reflection field labels it, so the two never drift apart.
  if (!reflection.share)
    return t('share.reflectionLeftOut', { box: t('debrief.reflectionShareBox') });
  const forLink = reflectionForLink(reflection.text);
  return forLink.shortened
    ? t('share.reflectionShortened', {
        bytes: MAX_SHARED_REFLECTION_BYTES,
        count: forLink.text.length - 1,
      })
    : t('share.reflectionInLink');
}
