/**
 * The pack's handouts, each on its own page: a glossary for people who do not work in security,
 * a participant feedback form, and the hot-wash sheet whose parts match the presenter's wrap-up.
 */
import type { Scenario } from '../../engine/schema';
import { statusMeaning } from '../../engine/status-words';
import { STATUSES } from '../../engine/ids';
import { el, type Child } from '../dom';
import { t, type MessageKey } from '../../i18n/translate';

/**
 * General terms, true of security work anywhere. A scenario's own facts are not defined here:
 * where a term belongs to the incident, the entry quotes the scenario's source and names it.
 */
const TERMS: readonly (readonly [MessageKey, MessageKey])[] = [
  ['packHandouts.classifiedTerm', 'packHandouts.classifiedMeaning'],
  ['packHandouts.spillageTerm', 'packHandouts.spillageMeaning'],
  ['packHandouts.antiVirusTerm', 'packHandouts.antiVirusMeaning'],
  ['packHandouts.sampleTerm', 'packHandouts.sampleMeaning'],
  ['packHandouts.hashTerm', 'packHandouts.hashMeaning'],
  ['packHandouts.signatureTerm', 'packHandouts.signatureMeaning'],
  ['packHandouts.detectionTerm', 'packHandouts.detectionMeaning'],
  ['packHandouts.archiveTerm', 'packHandouts.archiveMeaning'],
  ['packHandouts.piratedTerm', 'packHandouts.piratedMeaning'],
];

/** The incident's one name that needs the source's own words (AP, 2017), when the scenario uses it. */
const EQUATION_GROUP = [
  'packHandouts.equationGroupTerm',
  'packHandouts.equationGroupMeaning',
] as const;

function page(id: string, kicker: string, title: string, ...children: Child[]): HTMLElement {
  return el(
    'section',
    { className: 'pack-handout', attrs: { 'aria-labelledby': id } },
    el('p', { className: 'kicker', text: kicker }),
    el('h2', { id, text: title }),
    ...children,
  );
}

/** Words the room will meet, explained for people who do not work in security. */
export function glossary(scenario: Scenario): HTMLElement {
  const mentions = !scenario.fictional && /Equation Group/.test(scenario.summary);
  const terms = mentions ? [EQUATION_GROUP, ...TERMS] : TERMS;
  return page(
    'pack-glossary-heading',
    t('packHandouts.glossaryKicker'),
    t('packHandouts.glossaryHeading'),
    el(
      'dl',
      { className: 'pack-glossary' },
      ...terms.flatMap(([term, meaning]) => [
        el('dt', { text: t(term) }),
        el('dd', { text: t(meaning) }),
      ]),
    ),
    el('h3', { text: t('packHandouts.statusHeading') }),
    el(
      'dl',
      { className: 'pack-glossary' },
      ...STATUSES.flatMap((status) => [
        el('dt', { text: statusMeaning[status].label }),
        el('dd', { text: statusMeaning[status].meaning }),
      ]),
    ),
  );
}

const writeLines = (count: number): HTMLElement =>
  el(
    'div',
    { className: 'pack-write-area' },
    ...Array.from({ length: count }, () => el('span', { className: 'pack-write-line' })),
  );

const FEEDBACK_STATEMENTS: readonly MessageKey[] = [
  'packHandouts.statementSpill',
  'packHandouts.statementReport',
  'packHandouts.statementSources',
  'packHandouts.statementSafe',
  'packHandouts.statementTime',
];

/** An anonymous form for each participant. */
export function feedbackForm(): HTMLElement {
  return page(
    'pack-feedback-heading',
    t('packHandouts.feedbackKicker'),
    t('packHandouts.feedbackHeading'),
    el('p', { text: t('packHandouts.feedbackHint') }),
    el(
      'table',
      { className: 'pack-table pack-feedback' },
      el('caption', { className: 'visually-hidden', text: t('packHandouts.feedbackCaption') }),
      el(
        'tbody',
        {},
        ...FEEDBACK_STATEMENTS.map((statement) =>
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'row' }, text: t(statement) }),
            el('td', { className: 'pack-scale', text: '1   2   3   4   5' }),
          ),
        ),
      ),
    ),
    el('h3', { text: t('packHandouts.differently') }),
    writeLines(3),
    el('h3', { text: t('packHandouts.better') }),
    writeLines(3),
  );
}

/** The hot-wash, for the facilitator with the room just after play; its parts are the wrap-up's. */
export function hotWashSheet(): HTMLElement {
  return page(
    'pack-hot-wash-heading',
    t('packHandouts.hotWashKicker'),
    t('packHandouts.hotWashHeading'),
    el('p', { text: t('packHandouts.hotWashHint') }),
    el(
      'dl',
      { className: 'pack-blanks' },
      ...blank('pack.facilitator'),
      ...blank('packHandouts.location'),
      ...blank('packHandouts.participants'),
    ),
    el('h3', { text: t('packHandouts.takeaways') }),
    writeLines(3),
    el('h3', { text: t('packHandouts.strengths') }),
    writeLines(3),
    el('h3', { text: t('packHandouts.improve') }),
    writeLines(3),
    el('h3', { text: t('packHandouts.actions') }),
    el(
      'table',
      { className: 'pack-table pack-actions' },
      el('caption', { className: 'visually-hidden', text: t('packHandouts.actionsCaption') }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...ACTION_COLUMNS.map((c) => el('th', { attrs: { scope: 'col' }, text: t(c) })),
        ),
      ),
      el(
        'tbody',
        {},
        ...Array.from({ length: 4 }, () => el('tr', {}, el('td', {}), el('td', {}), el('td', {}))),
      ),
    ),
  );
}

const ACTION_COLUMNS: readonly MessageKey[] = [
  'packHandouts.actionWhat',
  'packHandouts.actionOwner',
  'packHandouts.actionDue',
];

function blank(label: MessageKey): HTMLElement[] {
  return [el('dt', { text: t(label) }), el('dd', {}, el('span', { className: 'pack-write-line' }))];
}
