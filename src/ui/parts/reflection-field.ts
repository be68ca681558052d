/**
 * The learner's reflection at the end of solo play: one optional, labelled text field ("What would
 * you do differently?"), kept on the device as it is typed, and a box (off unless ticked) that
 * lets a share link carry it. A shared path shows a reflection as text, never as markup.
 */
import { MAX_REFLECTION_CHARS } from '../../engine/limits';
import { cleanReflection, type Reflection } from '../../engine/reflection';
import { t } from '../../i18n/translate';
import { el } from '../dom';
import './reflection.css';

/**
 * The field and its share box; `keep` gets every change (already cleaned and bounded). Where a
 * path cannot be shared as a link (a scenario loaded from a file), there is no share box.
 */
export function reflectionField(
  kept: Reflection | undefined,
  keep: (reflection: Reflection) => void,
  shareable = true,
): HTMLElement {
  const text = el('textarea', {
    id: 'reflection-text',
    className: 'reflection-text',
    attrs: {
      rows: '3',
      maxlength: String(MAX_REFLECTION_CHARS),
      'aria-describedby': 'reflection-hint reflection-count',
    },
  });
  text.value = kept?.text ?? '';
  const share = el('input', { id: 'reflection-share', attrs: { type: 'checkbox' } });
  share.checked = kept?.share ?? false;
  const count = el('p', { id: 'reflection-count', className: 'reflection-count' });
  const status = el('p', { className: 'reflection-status', attrs: { role: 'status' } });
  const counted = (): void => {
    count.textContent = t('debrief.reflectionCount', {
      count: text.value.length,
      max: MAX_REFLECTION_CHARS,
    });
  };
  const changed = (): void => {
    keep({ text: cleanReflection(text.value), share: shareable && share.checked });
    counted();
  };
  text.addEventListener('input', changed);
  // Said once the learner leaves the field, not on every key.
  text.addEventListener('change', () => {
    status.textContent = text.value.trim() ? t('debrief.reflectionKept') : '';
  });
  share.addEventListener('change', () => {
    changed();
    status.textContent = t(
      share.checked ? 'debrief.reflectionShared' : 'debrief.reflectionNotShared',
    );
  });
  counted();
  return el(
    'section',
    { className: 'reflection', attrs: { 'aria-labelledby': 'reflection-heading' } },
    el(
      'h2',
      { id: 'reflection-heading' },
      el('label', { attrs: { for: text.id }, text: t('debrief.reflectionQuestion') }),
    ),
    el('p', {
      id: 'reflection-hint',
      className: 'reflection-hint',
      text: t(shareable ? 'debrief.reflectionHintShareable' : 'debrief.reflectionHint'),
    }),
    text,
    count,
    shareable
      ? el('label', { className: 'reflection-share' }, share, ` ${t('debrief.reflectionShareBox')}`)
      : null,
    status,
  );
}

/** A shared path's reflection, read-only: the learner's words as text. */
export function sharedReflection(text: string): HTMLElement {
  return el(
    'section',
    { className: 'reflection', attrs: { 'aria-labelledby': 'reflection-heading' } },
    el('h2', { id: 'reflection-heading', text: t('debrief.reflectionOfPlayer') }),
    el('p', { className: 'reflection-shared', text }),
  );
}
