/**
 * The facilitator's kit at the front of the pack: the opening words to read aloud, with the
 * no-blame rule, and the logistics to check before the room arrives. Handouts (glossary,
 * feedback form, hot-wash sheet) are in pack-handouts.ts.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionPlan } from '../../facilitation/session-plan';
import { el, list } from '../dom';
import { t, type MessageKey } from '../../i18n/translate';

/** What to check before the room arrives, each line ticked by hand. */
const LOGISTICS: readonly MessageKey[] = [
  'packKit.displays',
  'packKit.popUps',
  'packKit.fullScreen',
  'packKit.offline',
  'packKit.sound',
  'packKit.printed',
  'packKit.clock',
  'packKit.reporting',
];

/** The opening words, read aloud before the first briefing. */
function openingWords(scenario: Scenario, minutes: number): string[] {
  return [
    t('packKit.welcome', {
      minutes,
      title: scenario.title,
      fictional: scenario.fictional ? 'yes' : 'no',
    }),
    t('packKit.teams'),
    t('packKit.noBlame'),
    t('packKit.atWork'),
    t('packKit.begin'),
  ];
}

/** The kit's first page: opening words and the no-blame rule, then the logistics checklist. */
export function facilitatorKit(scenario: Scenario, plan: SessionPlan): HTMLElement {
  return el(
    'section',
    { className: 'pack-kit', attrs: { 'aria-labelledby': 'pack-kit-heading' } },
    el('p', { className: 'kicker', text: t('pack.facilitatorOnly') }),
    el('h2', { id: 'pack-kit-heading', text: t('packKit.heading') }),
    el('h3', { text: t('packKit.openingHeading') }),
    el(
      'div',
      { className: 'pack-script' },
      ...openingWords(scenario, plan.budgetMinutes).map((text) => el('p', { text })),
    ),
    el('h3', { text: t('packKit.logisticsHeading') }),
    el(
      'ul',
      { className: 'pack-tick-list' },
      ...LOGISTICS.map((key) => el('li', { text: t(key) })),
    ),
    el('h3', { text: t('packKit.afterHeading') }),
    list([t('packKit.afterHotWash'), t('packKit.afterFeedback'), t('packKit.afterDownload')]),
  );
}
