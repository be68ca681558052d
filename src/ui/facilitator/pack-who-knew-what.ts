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
import { t } from '../../i18n/translate';
import './pack-who-knew-what.css';

/** The pack's page of who knew what, when: every role along the scenario's main line. */
export function packWhoKnewWhat(scenario: Scenario): HTMLElement {
  return el(
    'div',
    { className: 'pack-who-knew-what' },
    el('p', { className: 'kicker', text: t('pack.facilitatorOnly') }),
    whoKnewWhatView(buildWhoKnewWhat(scenario, []), 2),
    el('p', {
      className: 'pack-wkw-note',
      text: t('pack.whoKnewWhatNote'),
    }),
  );
}
