/**
 * The pack's situation overview, read before the first role: what the scenario is about and for,
 * what the room will see on the projector, and the ground rules for talking about it.
 */
import type { Scenario } from '../../engine/schema';
import { STATUSES } from '../../engine/ids';
import { statusMeaning } from '../../engine/status-words';
import { el, list, paragraphs } from '../dom';
import { t, type MessageKey } from '../../i18n/translate';

/** What the projector window shows, in the order the room meets it. */
const ROOM_SEES: readonly MessageKey[] = [
  'packOverview.seesSituation',
  'packOverview.seesBriefing',
  'packOverview.seesDecision',
  'packOverview.seesVote',
  'packOverview.seesDebrief',
  'packOverview.seesEnd',
];

export function situationOverview(scenario: Scenario): HTMLElement {
  const objectives = scenario.learningObjectives ?? [];
  return el(
    'section',
    { className: 'pack-overview', attrs: { 'aria-labelledby': 'pack-overview-heading' } },
    el('h2', { id: 'pack-overview-heading', text: t('packOverview.heading') }),
    ...paragraphs(scenario.summary),
    el('p', {
      text: t(scenario.fictional ? 'packOverview.fictional' : 'packOverview.real'),
    }),
    objectives.length > 0 ? el('h3', { text: t('packOverview.objectives') }) : null,
    list(objectives),
    objectives.length > 0
      ? el('p', { className: 'hint', text: t('packOverview.objectivesHint') })
      : null,
    el('h3', { text: t('packOverview.roomSeesHeading') }),
    list(ROOM_SEES.map((key) => t(key))),
    el('p', { text: t('packOverview.neverShown') }),
    el('h3', { text: t('packOverview.rulesHeading') }),
    el(
      'ul',
      { className: 'pack-rules' },
      ...GROUND_RULES.map(([rule, why]) =>
        el('li', {}, el('strong', { text: `${t(rule)} ` }), t(why)),
      ),
    ),
    el('h3', { text: t('packOverview.statusHeading') }),
    el('p', { text: t('packOverview.statusHint') }),
    el(
      'dl',
      { className: 'pack-statuses' },
      ...STATUSES.flatMap((status) => [
        el('dt', { text: statusMeaning[status].label }),
        el('dd', { text: statusMeaning[status].meaning }),
      ]),
    ),
  );
}

/** The ground rules read out before the first decision: each a rule, then why. */
const GROUND_RULES: readonly (readonly [MessageKey, MessageKey])[] = [
  ['packOverview.claimsRule', 'packOverview.claimsWhy'],
  ['packOverview.thenRule', 'packOverview.thenWhy'],
  ['packOverview.noRightRule', 'packOverview.noRightWhy'],
  ['packOverview.roleRule', 'packOverview.roleWhy'],
];
