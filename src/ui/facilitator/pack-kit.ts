/**
 * The facilitator's kit at the front of the pack: the opening words to read aloud, with the
 * no-blame rule, and the logistics to check before the room arrives. Handouts (glossary,
 * feedback form, hot-wash sheet) are in pack-handouts.ts.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionPlan } from '../../facilitation/session-plan';
import { el, list } from '../dom';

/** What to check before the room arrives, each line ticked by hand. */
const LOGISTICS: string[] = [
  'Two displays: the laptop screen for the presenter, the projector extended (not mirrored), so the notes never reach the room.',
  'Pop-ups allowed for the game’s page: the presenter opens in a second window. If the browser blocks it, allow pop-ups or open the same address with ?view=presenter at the end.',
  'The projector window full screen (F11) on the projector; the presenter window on the laptop.',
  'The offline copy: open the game once on this laptop before the session (it then plays with the network off), or bring the single file spillage.html (npm run build:single) on a USB stick.',
  'Sound: the projector window plays it; check the room’s speakers, or mute it in the menu (Esc).',
  'Printed: one briefing card per team, the glossary for every table, a feedback form per person, this guide for you.',
  'A clock the room can see, and pens; a flip chart for the hot-wash if you use one.',
  'Your organisation’s reporting channel (who to tell, how) ready to name at the debrief.',
];

/** The opening words, read aloud before the first briefing. */
function openingWords(scenario: Scenario, minutes: number): string[] {
  const basis = scenario.fictional
    ? 'It is a made-up story, written to practise decisions that real people face.'
    : 'It is built on a real incident as a news report told it. Every outcome says how sure it is: reported, claimed, alleged, an opinion, an open question, or a what-if that did not happen.';
  return [
    `Welcome. For the next ${minutes} minutes we play “${scenario.title}”. ${basis}`,
    'Each team plays one role. At each decision you talk it over, then vote, and give the room’s reason in one line. There is no score and no single right answer: every choice costs something.',
    'One rule above the others: no blame. We discuss decisions, not people. What anyone says or chooses in a role says nothing about them, and nothing said here is held against anyone. The report records the room’s votes and reasons, never who said what.',
    'The same rule holds at work. If you make a mistake with sensitive information, or find one, reporting it early is what we ask and what we protect; the sooner it is reported, the more can be done.',
    'Phones face down, please. Questions any time. Let’s begin.',
  ];
}

/** The kit's first page: opening words and the no-blame rule, then the logistics checklist. */
export function facilitatorKit(scenario: Scenario, plan: SessionPlan): HTMLElement {
  return el(
    'section',
    { className: 'pack-kit', attrs: { 'aria-labelledby': 'pack-kit-heading' } },
    el('p', { className: 'kicker', text: 'Facilitator only: not for the teams' }),
    el('h2', { id: 'pack-kit-heading', text: 'Before you begin' }),
    el('h3', { text: 'Opening words (read aloud)' }),
    el(
      'div',
      { className: 'pack-script' },
      ...openingWords(scenario, plan.budgetMinutes).map((text) => el('p', { text })),
    ),
    el('h3', { text: 'Logistics: check before the room arrives' }),
    el('ul', { className: 'pack-tick-list' }, ...LOGISTICS.map((text) => el('li', { text }))),
    el('h3', { text: 'After the session' }),
    list([
      'Run the hot-wash while it is fresh (the sheet at the end of this pack), and type it into the presenter’s wrap-up: it becomes the report’s first page.',
      'Hand out the feedback form; collect it before people leave.',
      'Download the report, the session log and the attendance (CSV) from the presenter.',
    ]),
  );
}
