/**
 * The pack's situation overview, read before the first role: what the scenario is about and for,
 * what the room will see on the projector, and the ground rules for talking about it.
 */
import type { Scenario } from '../../engine/schema';
import { STATUSES } from '../../engine/ids';
import { statusMeaning } from '../../engine/status-words';
import { el, list, paragraphs } from '../dom';

/** What the projector window shows, in the order the room meets it. */
const ROOM_SEES = [
  'The situation: the scenario’s summary and which team plays which role.',
  'Each role’s briefing and what the role knows at the start.',
  'Each decision: the scene, any news arriving, the timer and the question. The choices, with what each one costs, appear when you reveal them.',
  'After the vote: the room’s choice, the tally and the one-line reason, then what follows, with a label saying how sure the source is and the excerpt it rests on.',
  'Each role’s debrief: how its story ended, what the source says, and questions for discussion.',
  'At the end: who knew what, when. What every role knew at each moment, side by side.',
];

export function situationOverview(scenario: Scenario): HTMLElement {
  const objectives = scenario.learningObjectives ?? [];
  return el(
    'section',
    { className: 'pack-overview', attrs: { 'aria-labelledby': 'pack-overview-heading' } },
    el('h2', { id: 'pack-overview-heading', text: 'The situation' }),
    ...paragraphs(scenario.summary),
    el('p', {
      text: scenario.fictional
        ? 'This scenario is made up for training. Nothing in it happened, and it cites no source.'
        : 'This scenario follows a real incident. Every outcome cites the excerpt of the source it rests on, and says nothing about real people that the source does not.',
    }),
    objectives.length > 0 ? el('h3', { text: 'Learning objectives' }) : null,
    list(objectives),
    objectives.length > 0
      ? el('p', { className: 'hint', text: 'Each briefing card adds the role’s own objectives.' })
      : null,
    el('h3', { text: 'What the room will see' }),
    list(ROOM_SEES),
    el('p', {
      text: 'The projector never shows your notes, what a role does not know, or which choice the source says was done before the debrief. Those are in the facilitator guide at the back of this pack.',
    }),
    el('h3', { text: 'Ground rules for discussion' }),
    el(
      'ul',
      { className: 'pack-rules' },
      ...GROUND_RULES.map(([rule, why]) => el('li', {}, el('strong', { text: `${rule} ` }), why)),
    ),
    el('h3', { text: 'How sure the source is: the status labels' }),
    el('p', { text: 'Every outcome carries one of these labels. Read it out with the outcome.' }),
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
const GROUND_RULES: readonly (readonly [string, string])[] = [
  [
    'Claims stay claims.',
    'Say who says so: “the company says”, “reports allege”. One party’s account repeated often does not become a fact.',
  ],
  [
    'Argue from what the role knew then.',
    'Hindsight is for the debrief: each decision is taken with only what the role knows at that moment.',
  ],
  [
    'No choice is the obvious right answer.',
    'Each one costs something the role cares about; name the cost you are accepting.',
  ],
  [
    'Talk about the role, not the people in the room.',
    'Teams speak for their role; every reason heard is worth recording.',
  ],
];
