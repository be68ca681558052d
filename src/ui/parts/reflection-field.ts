/**
 * The learner's reflection at the end of solo play: one optional, labelled text field ("What would
 * you do differently?"), kept on the device as it is typed, and a box (off unless ticked) that
 * lets a share link carry it. A shared path shows a reflection as text, never as markup.
 */
import { MAX_REFLECTION_CHARS } from '../../engine/limits';
import { cleanReflection, type Reflection } from '../../engine/reflection';
import { el } from '../dom';
import './reflection.css';

/** The question the field asks. */
export const REFLECTION_QUESTION = 'What would you do differently?';

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
    count.textContent = `${text.value.length} of ${MAX_REFLECTION_CHARS} characters`;
  };
  const changed = (): void => {
    keep({ text: cleanReflection(text.value), share: shareable && share.checked });
    counted();
  };
  text.addEventListener('input', changed);
  // Said once the learner leaves the field, not on every key.
  text.addEventListener('change', () => {
    status.textContent = text.value.trim() ? 'Your reflection is kept on this device.' : '';
  });
  share.addEventListener('change', () => {
    changed();
    status.textContent = share.checked
      ? 'Your reflection will go with the link when you share your path.'
      : 'Your reflection stays on this device; a shared link leaves it out.';
  });
  counted();
  return el(
    'section',
    { className: 'reflection', attrs: { 'aria-labelledby': 'reflection-heading' } },
    el(
      'h2',
      { id: 'reflection-heading' },
      el('label', { attrs: { for: text.id }, text: REFLECTION_QUESTION }),
    ),
    el('p', {
      id: 'reflection-hint',
      className: 'reflection-hint',
      text: shareable
        ? 'Optional. Only for you: it is kept on this device, and goes with a shared link only if you tick the box below.'
        : 'Optional. Only for you: it is kept on this device.',
    }),
    text,
    count,
    shareable
      ? el(
          'label',
          { className: 'reflection-share' },
          share,
          ' Include my reflection when I share my path',
        )
      : null,
    status,
  );
}

/** A shared path's reflection, read-only: the learner's words as text. */
export function sharedReflection(text: string): HTMLElement {
  return el(
    'section',
    { className: 'reflection', attrs: { 'aria-labelledby': 'reflection-heading' } },
    el('h2', { id: 'reflection-heading', text: 'What the player would do differently' }),
    el('p', { className: 'reflection-shared', text }),
  );
}
