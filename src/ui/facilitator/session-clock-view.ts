/**
 * The session clock on the presenter: time since the start against the plan for the parts
 * finished, ahead or behind. Redrawn every second while it is on screen.
 */
import type { Scenario } from '../../engine/schema';
import { formatMinutes } from '../../facilitation/plan-minutes';
import type { RoomState } from '../../facilitation/room-session';
import { aheadText, clockText, sessionClock } from '../../facilitation/session-clock';
import { el } from '../dom';

/** The clock line; it stops redrawing once it leaves the page. */
export function sessionClockView(scenario: Scenario, state: RoomState): HTMLElement {
  const actual = el('span', { className: 'clock-actual' });
  const planned = el('span', { className: 'clock-planned' });
  const ahead = el('strong', { className: 'clock-ahead' });
  const element = el(
    'p',
    { id: 'session-clock', className: 'session-clock', attrs: { 'aria-label': 'Session clock' } },
    'Session ',
    actual,
    ' · ',
    planned,
    ' · ',
    ahead,
  );
  const draw = (): void => {
    const clock = sessionClock(scenario, state.record, state.screen, Date.now());
    actual.textContent = `${clockText(clock.actual)} of ${formatMinutes(clock.budget)} min`;
    planned.textContent = `plan to here ${formatMinutes(clock.planned)} min, plan in all ${formatMinutes(clock.total)} min`;
    ahead.textContent = aheadText(clock);
    element.classList.toggle('is-behind', clock.ahead <= -1);
  };
  draw();
  // The first tick comes a second after drawing, when the screen holds the element.
  if (state.record.endedAt === undefined) {
    const ticker = setInterval(() => (element.isConnected ? draw() : clearInterval(ticker)), 1000);
  }
  return element;
}
