/** The participant page's two forms: the room code (when the link had none), then name and team. */
import { MAX_TEAM_NAME_CHARS } from '../engine/limits';
import { MAX_NAME_CHARS, ROOM_CODE_LENGTH, RoomCodeSchema } from '../facilitation/live-vote';
import { el } from '../ui/dom';
import { t } from '../i18n/translate';

export interface Profile {
  name: string;
  team: string;
}

function field(id: string, label: string, hint: string, max: number, value = ''): HTMLElement {
  const input = el('input', {
    id,
    attrs: {
      type: 'text',
      maxlength: String(max),
      autocomplete: 'off',
      'aria-describedby': `${id}-hint`,
    },
  });
  input.value = value;
  return el(
    'div',
    { className: 'join-field' },
    el('label', { attrs: { for: id }, text: label }),
    el('p', { id: `${id}-hint`, className: 'join-hint', text: hint }),
    input,
  );
}

/** Asks for the code shown on the projector. */
export function codeForm(why: string, done: (code: string) => void): HTMLElement[] {
  const error = el('p', { id: 'join-code-error', className: 'join-error', text: why });
  const form = el(
    'form',
    { attrs: { novalidate: '' } },
    field('join-code', t('join.codeLabel'), t('join.codeHint', { length: ROOM_CODE_LENGTH }), 20),
    error,
    el('button', { className: 'primary', text: t('join.join'), attrs: { type: 'submit' } }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.querySelector('input') as HTMLInputElement;
    const code = input.value.replace(/[\s-]/g, '').toUpperCase();
    if (RoomCodeSchema.safeParse(code).success) return done(code);
    error.textContent = t('join.codeInvalid', { length: ROOM_CODE_LENGTH });
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'join-code-hint join-code-error');
    input.focus();
  });
  return [
    el('h1', { id: 'join-heading', text: t('join.heading'), attrs: { tabindex: '-1' } }),
    form,
  ];
}

/** Optional name and team, then into the room. */
export function profileForm(
  code: string,
  kept: Profile,
  done: (profile: Profile) => void,
): HTMLElement[] {
  const form = el(
    'form',
    { attrs: { novalidate: '' } },
    field('join-name', t('join.nameLabel'), t('join.nameHint'), MAX_NAME_CHARS, kept.name),
    field('join-team', t('join.teamLabel'), t('join.teamHint'), MAX_TEAM_NAME_CHARS, kept.team),
    el('button', { className: 'primary', text: t('join.heading'), attrs: { type: 'submit' } }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id: string): string =>
      (form.querySelector(`#${id}`) as HTMLInputElement).value.replace(/\s+/g, ' ').trim();
    done({ name: value('join-name'), team: value('join-team') });
  });
  return [
    el('h1', { id: 'join-heading', text: t('join.heading'), attrs: { tabindex: '-1' } }),
    el('p', { className: 'join-code', text: t('join.room', { code }) }),
    form,
  ];
}
