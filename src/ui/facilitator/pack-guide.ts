/**
 * The pack's facilitator guide, for the facilitator alone: how to run the session, then for each
 * role played (each on a new page) every beat on its main line and every other decision it may
 * reach, with notes, questions, minutes and choices (which one the source says was done, or the
 * scenario assumes), and last how the main line ends and what the source says about it.
 */
import { citeSources } from '../../engine/cite-sources';
import { historicalPath } from '../../engine/historical-path';
import type { Beat, Ending, Role, Scenario } from '../../engine/schema';
import type { MinutesPlan, SessionPlan } from '../../facilitation/session-plan';
import { el, list, paragraphs, type Child } from '../dom';
import { choiceList, part } from './pack-beat-parts';
import { pathWords, playedRoles } from './pack-names';
import { historyOf } from '../../engine/history';
import { endingLead } from '../../facilitation/history-words';
import { sourceFigure } from '../parts/citation';
import { orgNoteBlock } from './org-note-parts';

/** Running a session, step by step; the quoted words are the buttons' labels. */
const CHECKLIST: [string, string][] = [
  [
    'Before the room arrives: ',
    'set up this plan ("Run a session for a room" on the title screen) and press "Start the session". Keep the briefing cards ready for each team.',
  ],
  [
    'Open the presenter window ',
    'on your own screen and put the projector window on the projector. If the browser blocks the second window, the game names the address to open.',
  ],
  ['Start the timer ', 'once the room has read the situation ("Start the timer").'],
  ['Reveal the choices ', 'when the discussion has found its feet ("Reveal the choices").'],
  [
    'Record the vote and a one-line reason: ',
    'a show of hands for each choice, or the choice the room agreed on, and the room’s reason in one line ("Record the votes").',
  ],
  [
    'Advance: ',
    'read the outcome and its status label aloud, ask a question from this guide, then "Next".',
  ],
  [
    'At the end: ',
    '"End the session: the report". Download the report (Markdown) and the session log (JSON); the log loads back into set-up to carry on or review the session.',
  ],
];

export function facilitatorGuide(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
): HTMLElement {
  return el(
    'section',
    { className: 'pack-guide', attrs: { 'aria-labelledby': 'pack-guide-heading' } },
    el('p', { className: 'kicker', text: 'Facilitator only: not for the teams' }),
    el('h2', { id: 'pack-guide-heading', text: 'Facilitator guide' }),
    el('h3', { text: 'Running the session' }),
    el(
      'ol',
      { className: 'pack-checklist' },
      ...CHECKLIST.map(([step, detail]) => el('li', {}, el('strong', { text: step }), detail)),
    ),
    ...playedRoles(scenario, plan).map(({ role, team }) =>
      roleGuide(scenario, plan, minutes, role, team),
    ),
  );
}

function roleGuide(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
  role: Role,
  team: string,
): HTMLElement {
  const words = pathWords(scenario);
  const path = historicalPath(role);
  const hasMainLine = role.beats.some((beat) =>
    beat.decision?.choices.some((c) => historyOf(c) !== undefined),
  );
  const timing = minutes.perRole.find((entry) => entry.role === role.id);
  const suggested = (beat: Beat): number | undefined =>
    timing?.decisions.find((decision) => decision.beat === beat.id)?.discussion;
  const onPath = path.steps.flatMap((step) => role.beats.find((b) => b.id === step.beat) ?? []);
  const others = role.beats.filter(
    (beat) => beat.decision && !path.steps.some((step) => step.beat === beat.id),
  );
  const headingId = `pack-guide-${role.id}`;
  const blocks: Child[] = hasMainLine
    ? [
        el('h3', { text: `${words.onPath}, beat by beat` }),
        words.explained ? el('p', { className: 'hint', text: words.explained }) : null,
        ...onPath.map((beat, index) =>
          beatBlock(
            scenario,
            role,
            beat,
            { mark: `${words.onPath} · step ${index + 1}`, offPath: false },
            suggested(beat),
            orgNoteBlock(plan, role.id, beat.id),
          ),
        ),
        others.length > 0 ? el('h3', { text: 'Other decisions the room may reach' }) : null,
        ...others.map((beat) =>
          beatBlock(
            scenario,
            role,
            beat,
            { mark: words.offPath, offPath: true },
            undefined,
            orgNoteBlock(plan, role.id, beat.id),
          ),
        ),
      ]
    : [
        el('h3', { text: 'Every decision of the role' }),
        ...[...onPath, ...others].map((beat) =>
          beatBlock(
            scenario,
            role,
            beat,
            null,
            suggested(beat),
            orgNoteBlock(plan, role.id, beat.id),
          ),
        ),
      ];
  const mainEnding = role.endings.find((ending) => ending.id === path.ending);
  const reported = role.endings.find((ending) => historyOf(ending) === 'historical');
  const lead = (ending: Ending): string =>
    scenario.fictional ? words.ending : endingLead(historyOf(ending));
  const endings = [mainEnding, reported]
    .filter((ending): ending is Ending => ending !== undefined)
    .filter((ending, index, all) => all.indexOf(ending) === index);
  return el(
    'section',
    { className: 'pack-guide-role', attrs: { 'aria-labelledby': headingId } },
    el('p', { className: 'kicker', text: 'Facilitator guide · not for the teams' }),
    el('h2', { id: headingId, text: `${role.name}, played by ${team}` }),
    timing
      ? el('p', {
          className: 'pack-minutes',
          text: `Briefing ${timing.briefing} min · ${timing.decisions.length} decision${timing.decisions.length === 1 ? '' : 's'} on the run sheet · debrief ${timing.debrief} min`,
        })
      : null,
    plan.mode === 'campaign' && role.rejoinHistory
      ? part('If earlier choices leave this role nothing to do', [
          el('p', {
            text: 'The presenter offers "Rejoin history" (the scenario’s main line), and the projector shows this:',
          }),
          ...paragraphs(role.rejoinHistory.text, 'pack-quote'),
        ])
      : null,
    ...blocks,
    ...(endings.length > 0
      ? endings.map((ending) => endingBlock(scenario, ending, lead(ending)))
      : role.endings.map((ending) => endingBlock(scenario, ending, 'Ending'))),
  );
}

function beatBlock(
  scenario: Scenario,
  role: Role,
  beat: Beat,
  placement: { mark: string; offPath: boolean } | null,
  suggestedMinutes: number | undefined,
  orgNote: HTMLElement | null,
): HTMLElement {
  const notes = beat.facilitator;
  const minutesLine =
    suggestedMinutes !== undefined
      ? `Discussion: ${suggestedMinutes} min on the timer`
      : notes?.minutes === undefined
        ? null
        : placement?.offPath
          ? `If the room gets here: about ${notes.minutes} min`
          : `About ${notes.minutes} min`;
  return el(
    'article',
    { className: placement?.offPath ? 'pack-beat is-off-path' : 'pack-beat' },
    placement ? el('p', { className: 'pack-path-mark', text: placement.mark }) : null,
    el('h4', { text: beat.title }),
    minutesLine ? el('p', { className: 'pack-minutes', text: minutesLine }) : null,
    part('Purpose', paragraphs(notes?.purpose ?? '')),
    part('Discussion', paragraphs(notes?.discussion ?? '')),
    part('Questions to ask', [list(notes?.questions ?? [])]),
    part('Questions the players see', [list(beat.questions ?? [])]),
    beat.decision
      ? part(`The decision: ${beat.decision.prompt}`, [choiceList(scenario, role, beat.decision)])
      : el('p', { className: 'hint', text: 'No decision here: the room reads it and moves on.' }),
    orgNote,
    el(
      'div',
      { className: 'pack-knows' },
      part('The role knows', [list(beat.knows ?? [])]),
      part('The role does not know', [list(beat.doesNotKnow ?? [])]),
    ),
  );
}

function endingBlock(scenario: Scenario, ending: Ending, lead: string): HTMLElement {
  const sources = citeSources(scenario, ending.reality.cites);
  return el(
    'section',
    { className: 'pack-ending' },
    el('h3', { text: `${lead}: ${ending.title}` }),
    ...paragraphs(ending.reality.text),
    ...sources.map((source) => sourceFigure(source, 'pack-source')),
    part('Questions for the debrief', [list(ending.questions)]),
  );
}
