/**
 * The presenter's buttons: the one next action (the only primary button), and the ways around
 * the story (undo the last decision, skip, end the role, end now, page the projector). Each has
 * a key, shown on the button, that the presenter window's shortcut handler presses.
 */
import { decisionKey } from '../../facilitation/plan-minutes';
import type { RoomCommand, RoomState } from '../../facilitation/room-session';
import type { SessionView } from '../../engine/view-types';
import { el } from '../dom';
import { t } from '../../i18n/translate';

type Send = (command: RoomCommand) => void;

/**
 * A button with a stable id (focus survives a redraw) and a keyboard shortcut shown on it; no
 * shortcut with key '' (ending the session is never one keystroke away).
 */
export function keyed(
  id: string,
  label: string,
  key: string,
  action: () => void,
  kind = 'secondary',
): HTMLButtonElement {
  const shortcut: Record<string, string> =
    key === '' ? {} : { 'data-key': key, 'aria-keyshortcuts': key.toUpperCase() };
  const element = el(
    'button',
    { id, className: kind, attrs: { type: 'button', ...shortcut } },
    label,
    key === '' ? null : el('kbd', { text: key.toUpperCase(), attrs: { 'aria-hidden': 'true' } }),
  );
  element.addEventListener('click', action);
  return element;
}

/** The plan narrates the decision the room is at: read history's choice, no vote. */
export function narratedHere(state: RoomState, view: SessionView): boolean {
  if (!view.role || !view.beat) return false;
  return (state.record.plan.narrate ?? []).includes(decisionKey(view.role.id, view.beat.id));
}

/**
 * The one next action, or null where the vote form's button is it (choices on the projector).
 */
export function nextAction(
  state: RoomState,
  view: SessionView,
  send: Send,
): HTMLButtonElement | null {
  const { screen } = state;
  const primary = (label: string, command: RoomCommand): HTMLButtonElement =>
    keyed('advance', label, 'n', () => send(command), 'primary');
  switch (screen) {
    case 'overview':
      return primary(t('presenter.showFirstBriefing'), { type: 'advance' });
    case 'briefing':
      return primary(t('presenter.beginRole'), { type: 'advance' });
    case 'rejoin':
      return primary(t('presenter.rejoinHistory'), { type: 'rejoin-history' });
    case 'outcome':
      return primary(t('presenter.next'), { type: 'advance' });
    case 'beat':
      if (view.choices.length === 0) return primary(t('presenter.continue'), { type: 'advance' });
      if (narratedHere(state, view))
        return primary(t('presenter.readHistoryChoice'), { type: 'skip' });
      return state.revealed
        ? null
        : primary(t('presenter.revealChoices'), { type: 'reveal-choices', shown: true });
    case 'debrief': {
      const planned = state.record.plan.mode === 'campaign' ? 1 : state.record.plan.teams.length;
      const label = view.nextRole
        ? t('presenter.nextRoleNamed', { role: view.nextRole.name })
        : state.record.runs.length < planned
          ? t('presenter.nextRole')
          : t('presenter.endSession');
      return primary(label, { type: 'advance' });
    }
    default:
      return null;
  }
}

/** The ways around the story that make sense on this screen. */
export function waysAround(state: RoomState, view: SessionView, send: Send): HTMLElement {
  const { screen } = state;
  const log = state.record.runs.at(-1)?.log ?? [];
  const canUndo = screen !== 'overview' && log.some((entry) => entry.type === 'choose');
  const inRole = screen === 'briefing' || screen === 'beat' || screen === 'outcome';
  const deciding = screen === 'beat' && view.choices.length > 0;
  const page = state.page ?? 0;
  return el(
    'section',
    { className: 'presenter-ways', attrs: { 'aria-labelledby': 'ways-heading' } },
    el('h2', { id: 'ways-heading', text: t('presenter.changeCourse') }),
    el(
      'div',
      { className: 'actions' },
      canUndo ? keyed('undo', t('presenter.undo'), 'u', () => send({ type: 'undo' })) : null,
      screen === 'beat' && !narratedHere(state, view)
        ? keyed(
            'skip',
            deciding ? t('presenter.skipDecision') : t('presenter.skipScene'),
            's',
            () => send({ type: 'skip' }),
          )
        : null,
      deciding && state.revealed
        ? keyed('reveal-toggle', t('presenter.hideChoices'), 'h', () =>
            send({ type: 'reveal-choices', shown: false }),
          )
        : null,
      inRole
        ? keyed('end-role', t('presenter.endRole'), 'e', () => send({ type: 'end-role' }))
        : null,
      keyed('end-now', t('presenter.endNow'), '', () => send({ type: 'end-now' })),
    ),
    el(
      'div',
      { className: 'actions projector-paging' },
      keyed('page-up', t('presenter.pageUp'), '[', () =>
        send({ type: 'projector-page', page: Math.max(0, page - 1) }),
      ),
      keyed('page-down', t('presenter.pageDown'), ']', () =>
        send({ type: 'projector-page', page: page + 1 }),
      ),
    ),
  );
}

/**
 * The presenter's shortcuts: a key presses the button on screen that carries it (so the keys and
 * the buttons never disagree). Keys typed into a field are left alone. Installed once per window.
 */
export function installPresenterKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const key = event.key.toLowerCase();
    const pressed = document.querySelector<HTMLButtonElement>(
      `#screen button[data-key="${CSS.escape(key)}"]:not(:disabled)`,
    );
    if (!pressed) return;
    event.preventDefault();
    pressed.click();
  });
}
