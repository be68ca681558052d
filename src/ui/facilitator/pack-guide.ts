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
import { t, type MessageKey, type MessageValues } from '../../i18n/translate';

/** Running a session, step by step: each a bold step, then its detail. */
const CHECKLIST: readonly (readonly [MessageKey, MessageKey])[] = [
  ['packGuide.arriveStep', 'packGuide.arriveDetail'],
  ['packGuide.presenterStep', 'packGuide.presenterDetail'],
  ['packGuide.timerStep', 'packGuide.timerDetail'],
  ['packGuide.revealStep', 'packGuide.revealDetail'],
  ['packGuide.voteStep', 'packGuide.voteDetail'],
  ['packGuide.advanceStep', 'packGuide.advanceDetail'],
  ['packGuide.endStep', 'packGuide.endDetail'],
];

/** The buttons the checklist quotes, in the words the screens show them. */
function buttonLabels(): MessageValues {
  return {
    facilitate: t('title.facilitate'),
    start: t('setup.start'),
    timer: t('presenter.startTimer'),
    reveal: t('presenter.revealChoices'),
    record: t('roomVote.recordVotes'),
    next: t('presenter.next'),
    end: t('presenter.endSession'),
  };
}

export function facilitatorGuide(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
): HTMLElement {
  const labels = buttonLabels();
  return el(
    'section',
    { className: 'pack-guide', attrs: { 'aria-labelledby': 'pack-guide-heading' } },
    el('p', { className: 'kicker', text: t('pack.facilitatorOnly') }),
    el('h2', { id: 'pack-guide-heading', text: t('packGuide.heading') }),
    el('h3', { text: t('packGuide.runningHeading') }),
    el(
      'ol',
      { className: 'pack-checklist' },
      ...CHECKLIST.map(([step, detail]) =>
        el('li', {}, el('strong', { text: t(step) }), t(detail, labels)),
      ),
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
        el('h3', { text: t('packGuide.onPathHeading') }),
        words.explained ? el('p', { className: 'hint', text: words.explained }) : null,
        ...onPath.map((beat, index) =>
          beatBlock(
            scenario,
            role,
            beat,
            { mark: t('packGuide.onPathMark', { step: index + 1 }), offPath: false },
            suggested(beat),
            orgNoteBlock(plan, role.id, beat.id),
          ),
        ),
        others.length > 0 ? el('h3', { text: t('packGuide.otherDecisions') }) : null,
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
        el('h3', { text: t('packGuide.everyDecision') }),
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
    el('p', { className: 'kicker', text: t('packGuide.roleKicker') }),
    el('h2', { id: headingId, text: t('pack.rolePlayedBy', { role: role.name, team }) }),
    timing
      ? el('p', {
          className: 'pack-minutes',
          text: t('packGuide.roleMinutes', {
            briefing: timing.briefing,
            count: timing.decisions.length,
            debrief: timing.debrief,
          }),
        })
      : null,
    plan.mode === 'campaign' && role.rejoinHistory
      ? part(t('packGuide.rejoinLabel'), [
          el('p', {
            text: t('packGuide.rejoinText', { rejoin: t('presenter.rejoinHistory') }),
          }),
          ...paragraphs(role.rejoinHistory.text, 'pack-quote'),
        ])
      : null,
    ...blocks,
    ...(endings.length > 0
      ? endings.map((ending) => endingBlock(scenario, ending, lead(ending)))
      : role.endings.map((ending) => endingBlock(scenario, ending, t('packGuide.ending')))),
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
      ? t('packGuide.discussionMinutes', { minutes: suggestedMinutes })
      : notes?.minutes === undefined
        ? null
        : t(placement?.offPath ? 'packGuide.offPathMinutes' : 'packGuide.aboutMinutes', {
            minutes: notes.minutes,
          });
  return el(
    'article',
    { className: placement?.offPath ? 'pack-beat is-off-path' : 'pack-beat' },
    placement ? el('p', { className: 'pack-path-mark', text: placement.mark }) : null,
    el('h4', { text: beat.title }),
    minutesLine ? el('p', { className: 'pack-minutes', text: minutesLine }) : null,
    part(t('packGuide.purpose'), paragraphs(notes?.purpose ?? '')),
    part(t('packGuide.discussion'), paragraphs(notes?.discussion ?? '')),
    part(t('packGuide.questionsToAsk'), [list(notes?.questions ?? [])]),
    part(t('packGuide.playersQuestions'), [list(beat.questions ?? [])]),
    beat.decision
      ? part(t('packGuide.decision', { prompt: beat.decision.prompt }), [
          choiceList(scenario, role, beat.decision),
        ])
      : el('p', { className: 'hint', text: t('packGuide.noDecision') }),
    orgNote,
    el(
      'div',
      { className: 'pack-knows' },
      part(t('packGuide.roleKnows'), [list(beat.knows ?? [])]),
      part(t('packGuide.roleDoesNotKnow'), [list(beat.doesNotKnow ?? [])]),
    ),
  );
}

function endingBlock(scenario: Scenario, ending: Ending, lead: string): HTMLElement {
  const sources = citeSources(scenario, ending.reality.cites);
  return el(
    'section',
    { className: 'pack-ending' },
    el('h3', { text: t('packGuide.endingHeading', { lead, title: ending.title }) }),
    ...paragraphs(ending.reality.text),
    ...sources.map((source) => sourceFigure(source, 'pack-source')),
    part(t('packGuide.debriefQuestions'), [list(ending.questions)]),
  );
}
