/**
 * "Who knew what, when" in the printed pack: the same picture and table as the debrief and the
 * report (src/ui/parts/who-knew-what.ts), drawn for the scenario's main line alone, since the
 * pack is printed before any room has chosen anything. For the facilitator: it shows what each
 * role did not know.
 */
import type { Scenario } from '../../engine/schema';
import { buildWhoKnewWhat } from '../../facilitation/who-knew-what';
import { el } from '../dom';
import { whoKnewWhatView } from '../parts/who-knew-what';
import './pack-who-knew-what.css';

/** The pack's page of who knew what, when: every role along the scenario's main line. */
export function packWhoKnewWhat(scenario: Scenario): HTMLElement {
  return el(
    'div',
    { className: 'pack-who-knew-what' },
    el('p', { className: 'kicker', text: 'Facilitator only: not for the teams' }),
    whoKnewWhatView(buildWhoKnewWhat(scenario, []), 2),
    el('p', {
      className: 'pack-wkw-note',
      text: 'Printed before the session, so no room’s choices are in it: every role follows the scenario’s main line. The after-action report draws the same picture with the choices the room made.',
    }),
  );
}
