/**
 * The discussion timer as the room and the facilitator see it. It redraws once a second only while
 * it runs and is on screen; a paused timer, or none, costs nothing.
 */
import { formatTimeLeft, timeLeftMs, type RoomTimer } from '../../facilitation/room-timer';
import { el } from '../dom';
import { t } from '../../i18n/translate';

const shown = new Map<HTMLElement, RoomTimer>();
let ticker: ReturnType<typeof setInterval> | null = null;

function draw(element: HTMLElement, timer: RoomTimer): void {
  const left = timeLeftMs(timer, Date.now());
  const clock = element.querySelector('.timer-clock');
  const state = element.querySelector('.timer-state');
  if (clock) clock.textContent = formatTimeLeft(left);
  if (state)
    state.textContent =
      left < 0
        ? t('presenter.overTime')
        : timer.runningSince === null
          ? t('presenter.paused')
          : t('presenter.remaining');
  element.classList.toggle('timer-over', left < 0);
  element.classList.toggle('timer-paused', timer.runningSince === null);
}

function tick(): void {
  for (const [element, timer] of shown) {
    if (!element.isConnected) shown.delete(element);
    else draw(element, timer);
  }
  if (shown.size === 0 && ticker !== null) {
    clearInterval(ticker);
    ticker = null;
  }
}

/** A timer display; `role="timer"` so screen readers do not read every second aloud. */
export function timerView(timer: RoomTimer, id?: string): HTMLElement {
  const element = el(
    'div',
    { className: 'room-timer', attrs: { role: 'timer', 'aria-label': t('presenter.timer') } },
    el('span', { className: 'timer-clock' }),
    el('span', { className: 'timer-state' }),
  );
  if (id) element.id = id;
  draw(element, timer);
  if (timer.runningSince !== null) {
    shown.set(element, timer);
    ticker ??= setInterval(tick, 1000);
  }
  return element;
}
