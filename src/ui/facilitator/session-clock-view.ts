/**
 * The session clock on the presenter: time since the start against the plan for the parts
 * finished, ahead or behind. Redrawn every second while it is on screen.
 */
import type { Scenario } from '../../engine/schema';
import { formatMinutes } from '../../facilitation/plan-minutes';
import type { RoomState } from '../../facilitation/room-session';
import { aheadText, clockText, sessionClock } from '../../facilitation/session-clock';
import { el } from '../dom';
import { t } from '../../i18n/translate';

/** The clock line; it stops redrawing once it leaves the page. */
export function sessionClockView(scenario: Scenario, state: RoomState): HTMLElement {
  const actual = el('span', { className: 'clock-actual' });
  const planned = el('span', { className: 'clock-planned' });
  const ahead = el('strong', { className: 'clock-ahead' });
  const element = el(
    'p',
    {
      id: 'session-clock',
      className: 'session-clock',
      attrs: { 'aria-label': t('presenter.clock') },
    },
    `${t('presenter.clockSession')} `,
    actual,
    ' · ',
    planned,
    ' · ',
    ahead,
  );
  const draw = (): void => {
    const clock = sessionClock(scenario, state.record, state.screen, Date.now());
    actual.textContent = t('presenter.clockActual', {
      elapsed: clockText(clock.actual),
      budget: formatMinutes(clock.budget),
    });
    planned.textContent = t('presenter.clockPlanned', {
      planned: formatMinutes(clock.planned),
      total: formatMinutes(clock.total),
    });
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
