/**
 * The printable facilitator pack: everything a trainer who has never seen Spillage needs to run a
 * session from paper and the presenter window. A cover with the plan and a run sheet, the
 * opening words (with the no-blame rule) and a logistics checklist, the situation overview and
 * ground rules, one briefing card per team (each on its own page), the facilitator guide, and the
 * handouts: a glossary, a feedback form and the hot-wash sheet. On screen it reads as a dark document; on paper, black on white A4.
 */
import type { Scenario } from '../../engine/schema';
import type { MinutesPlan, SessionPlan } from '../../facilitation/session-plan';
import { button, el, paragraphs } from '../dom';
import type { Screen } from '../screens/screen';
import { briefingCards } from './pack-cards';
import { facilitatorGuide } from './pack-guide';
import { minutesGroups, minutesTable } from './pack-minutes';
import { formatMinutes } from '../../facilitation/plan-minutes';
import { playedRoles } from './pack-names';
import { modeLabel } from '../../facilitation/history-words';
import { situationOverview } from './pack-overview';
import { facilitatorKit } from './pack-kit';
import { feedbackForm, glossary, hotWashSheet } from './pack-handouts';
import { packWhoKnewWhat } from './pack-who-knew-what';
import { namesWithheldNote } from './org-note-parts';
import { t, type MessageKey } from '../../i18n/translate';
import './print-pack.css';

/** The whole pack as one section; text from the scenario goes in as text, never as markup. */
export function printPack(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
): HTMLElement {
  const heading = el('h1', {
    id: 'pack-heading',
    text: t('pack.heading', { title: scenario.title }),
  });
  return el(
    'section',
    { className: 'print-pack', attrs: { 'aria-labelledby': heading.id } },
    cover(scenario, plan, minutes, heading),
    facilitatorKit(scenario, plan),
    situationOverview(scenario),
    ...briefingCards(scenario, plan),
    facilitatorGuide(scenario, plan, minutes),
    packWhoKnewWhat(scenario),
    glossary(scenario),
    feedbackForm(),
    hotWashSheet(),
  );
}

/** The pack as a screen, with Print and Back above it (neither is printed). */
export function printPackScreen(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
  actions: { print(): void; back(): void },
): Screen {
  const pack = printPack(scenario, plan, minutes);
  const printButton = button(
    t('pack.print'),
    () => actions.print(),
    'primary no-print',
    'pack-print',
  );
  const backButton = button(
    t('pack.back'),
    () => actions.back(),
    'secondary no-print',
    'pack-back',
  );
  const toolbar = el(
    'div',
    { className: 'pack-toolbar no-print' },
    el('p', { className: 'hint', text: t('pack.toolbarHint') }),
    el('div', { className: 'actions' }, printButton, backButton),
  );
  const heading = pack.querySelector('h1');
  return {
    nodes: [el('div', { className: 'pack-screen' }, toolbar, pack)],
    focus: heading ?? pack,
    stage: { screen: 'scenario-picker' },
  };
}

/** The cover's blanks, written in by hand on the printed page. */
const BLANKS: readonly MessageKey[] = ['pack.date', 'pack.facilitator', 'pack.room'];
const TEAM_COLUMNS: readonly MessageKey[] = ['pack.turn', 'pack.team', 'pack.role'];

function cover(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
  heading: HTMLElement,
): HTMLElement {
  const teams = playedRoles(scenario, plan);
  return el(
    'div',
    { className: 'pack-cover' },
    el('p', {
      className: 'kicker',
      text: t('pack.kicker', {
        version: scenario.version,
        fictional: scenario.fictional ? 'yes' : 'no',
      }),
    }),
    heading,
    ...paragraphs(scenario.summary, 'pack-lede'),
    namesWithheldNote(scenario, plan),
    el(
      'dl',
      { className: 'pack-blanks' },
      ...BLANKS.flatMap((label) => [
        el('dt', { text: t(label) }),
        // Left blank on purpose: written in by hand on the printed page.
        el('dd', {}, el('span', { className: 'pack-write-line' })),
      ]),
    ),
    el('h2', { text: t('pack.planHeading') }),
    el(
      'dl',
      { className: 'pack-facts' },
      el('dt', { text: t('pack.mode') }),
      el('dd', { text: modeLabel(plan.mode) }),
      el('dt', { text: t('pack.time') }),
      el('dd', {
        text: t('pack.timeValue', {
          budget: plan.budgetMinutes,
          total: formatMinutes(minutes.total),
        }),
      }),
      el('dt', { text: t('pack.roles') }),
      el('dd', {
        text: t('pack.rolesValue', { played: teams.length, total: scenario.roles.length }),
      }),
    ),
    el(
      'table',
      { className: 'pack-table pack-teams' },
      el('caption', { text: t('pack.teamsCaption') }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...TEAM_COLUMNS.map((name) => el('th', { attrs: { scope: 'col' }, text: t(name) })),
        ),
      ),
      el(
        'tbody',
        {},
        ...teams.map(({ role, team }, index) =>
          el(
            'tr',
            {},
            el('td', { className: 'minutes-number', text: String(index + 1) }),
            el('th', { attrs: { scope: 'row' }, text: team }),
            el('td', { text: role.name }),
          ),
        ),
      ),
    ),
    el('h2', { text: t('pack.runSheet') }),
    el('p', { text: t('pack.runSheetHint') }),
    minutesTable(minutesGroups(scenario, plan, minutes), minutes.total, {
      caption: t('pack.runSheetCaption', { total: minutes.total }),
      runSheet: true,
    }),
  );
}
