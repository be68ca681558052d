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
import { MODE_LABELS, playedRoles } from './pack-names';
import { situationOverview } from './pack-overview';
import { facilitatorKit } from './pack-kit';
import { feedbackForm, glossary, hotWashSheet } from './pack-handouts';
import { packWhoKnewWhat } from './pack-who-knew-what';
import { namesWithheldNote } from './org-note-parts';
import './print-pack.css';

/** The whole pack as one section; text from the scenario goes in as text, never as markup. */
export function printPack(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
): HTMLElement {
  const heading = el('h1', { id: 'pack-heading', text: `${scenario.title}: facilitator pack` });
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
  const printButton = button('Print', () => actions.print(), 'primary no-print', 'pack-print');
  const backButton = button('Back', () => actions.back(), 'secondary no-print', 'pack-back');
  const toolbar = el(
    'div',
    { className: 'pack-toolbar no-print' },
    el('p', {
      className: 'hint',
      text: 'Print it, or choose "Save as PDF" in the print dialog. Each briefing card prints on its own page, to hand to its team; the facilitator guide is for you alone.',
    }),
    el('div', { className: 'actions' }, printButton, backButton),
  );
  const heading = pack.querySelector('h1');
  return {
    nodes: [el('div', { className: 'pack-screen' }, toolbar, pack)],
    focus: heading ?? pack,
    stage: { screen: 'scenario-picker' },
  };
}

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
      text: `Spillage · scenario version ${scenario.version}${scenario.fictional ? ' · fictional' : ''}`,
    }),
    heading,
    ...paragraphs(scenario.summary, 'pack-lede'),
    namesWithheldNote(scenario, plan),
    el(
      'dl',
      { className: 'pack-blanks' },
      ...['Date', 'Facilitator', 'Room'].flatMap((label) => [
        el('dt', { text: label }),
        // Left blank on purpose: written in by hand on the printed page.
        el('dd', {}, el('span', { className: 'pack-write-line' })),
      ]),
    ),
    el('h2', { text: 'The plan' }),
    el(
      'dl',
      { className: 'pack-facts' },
      el('dt', { text: 'Mode' }),
      el('dd', { text: MODE_LABELS[plan.mode] }),
      el('dt', { text: 'Time' }),
      el('dd', {
        text: `${plan.budgetMinutes} minutes booked; the run sheet below takes ${formatMinutes(minutes.total)}`,
      }),
      el('dt', { text: 'Roles' }),
      el('dd', { text: `${teams.length} of the scenario's ${scenario.roles.length}` }),
    ),
    el(
      'table',
      { className: 'pack-table pack-teams' },
      el('caption', { text: 'Teams, in playing order' }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['Turn', 'Team', 'Role'].map((name) =>
            el('th', { attrs: { scope: 'col' }, text: name }),
          ),
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
    el('h2', { text: 'Run sheet' }),
    el('p', {
      text: 'Minutes are counted from the start of the session. Before you begin, write in the clock time each part should end by; the presenter window times each decision.',
    }),
    minutesTable(minutesGroups(scenario, plan, minutes), minutes.total, {
      caption: `The session, part by part (${minutes.total} minutes)`,
      runSheet: true,
    }),
  );
}
