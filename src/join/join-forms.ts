/** The participant page's two forms: the room code (when the link had none), then name and team. */
import { MAX_TEAM_NAME_CHARS } from '../engine/limits';
import { MAX_NAME_CHARS, ROOM_CODE_LENGTH, RoomCodeSchema } from '../facilitation/live-vote';
import { el } from '../ui/dom';

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
    field(
      'join-code',
      'Room code',
      `${ROOM_CODE_LENGTH} letters and digits, shown on the projector`,
      20,
    ),
    error,
    el('button', { className: 'primary', text: 'Join', attrs: { type: 'submit' } }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = form.querySelector('input') as HTMLInputElement;
    const code = input.value.replace(/[\s-]/g, '').toUpperCase();
    if (RoomCodeSchema.safeParse(code).success) return done(code);
    error.textContent = `A room code has ${ROOM_CODE_LENGTH} letters and digits: check it on the projector.`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'join-code-hint join-code-error');
    input.focus();
  });
  return [el('h1', { id: 'join-heading', text: 'Join the room', attrs: { tabindex: '-1' } }), form];
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
    field(
      'join-name',
      'Your name (optional)',
      'Only the facilitator sees it, never the projector.',
      MAX_NAME_CHARS,
      kept.name,
    ),
    field(
      'join-team',
      'Your team or table (optional)',
      'For example “Table 3”. When every team decides, the name the projector shows.',
      MAX_TEAM_NAME_CHARS,
      kept.team,
    ),
    el('button', { className: 'primary', text: 'Join the room', attrs: { type: 'submit' } }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id: string): string =>
      (form.querySelector(`#${id}`) as HTMLInputElement).value.replace(/\s+/g, ' ').trim();
    done({ name: value('join-name'), team: value('join-team') });
  });
  return [
    el('h1', { id: 'join-heading', text: 'Join the room', attrs: { tabindex: '-1' } }),
    el('p', { className: 'join-code', text: `Room ${code}` }),
    form,
  ];
}
