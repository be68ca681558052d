/**
 * The presenter window: the facilitator's script, controls and notes. Everything here is a
 * button, a field or a heading, so the whole session can be run from the keyboard.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionView } from '../../engine/view-types';
import type { RoomCommand, RoomScreen, RoomState } from '../../facilitation/room-session';
import { button, el } from '../dom';
import { t, type MessageKey } from '../../i18n/translate';
import type { Screen } from '../screens/screen';
import { checkPanel } from './check-panel';
import { beatNotes, roleNotes } from './presenter-notes';
import { keyed, narratedHere, nextAction, waysAround } from './presenter-actions';
import { questionsNow, readAloud } from './presenter-script';
import { presenterOrgNote } from './org-note-parts';
import { projectorScreen } from './projector-view';
import { teamFor } from './room-words';
import { sessionClockView } from './session-clock-view';
import { teamVoteForm, type TeamPhones } from './team-vote-form';
import { timerView } from './timer-view';
import { voteForm } from './vote-form';

export interface PresenterActions {
  send: (command: RoomCommand) => void;
  openProjector: () => void;
  leave: () => void;
  /** Phones in the room (live-room-panel.ts): their panel, and closing their vote when it is open. */
  live?: {
    panel: HTMLElement;
    closeAndRecord?: (typed: Record<string, number>, rationale: string) => void;
    /** Every team decides: the phones' votes per team, and closing their vote. */
    teams?: TeamPhones;
  };
}

/**
 * The presenter: where the room is and the session clock; the one next action (keyboard N) with
 * the decision form, the timer and the ways around the story on the left; on the right the script
 * (what to read aloud, the questions for this moment), a live preview of the projector and the
 * notes.
 */
export function presenterScreen(
  scenario: Scenario,
  state: RoomState,
  view: SessionView,
  actions: PresenterActions,
): Screen {
  const { screen } = state;
  const heading = el('h1', { id: 'presenter-heading', text: t('presenter.heading') });
  const team = teamFor(state, view.role?.id);
  const where = [
    scenario.title,
    view.role ? `${view.role.name}${team ? ` (${team})` : ''}` : null,
    view.beat && screen === 'beat' ? view.beat.title : null,
  ].filter(Boolean);
  const { send } = actions;
  const deciding = screen === 'beat' && view.choices.length > 0;
  const narrated = narratedHere(state, view);
  const timerControls = el(
    'div',
    { className: 'timer-controls' },
    timerView(state.timer, 'presenter-timer'),
    state.timer.runningSince === null
      ? keyed('timer-toggle', t('presenter.startTimer'), 't', () => send({ type: 'timer-start' }))
      : keyed('timer-toggle', t('presenter.pauseTimer'), 't', () => send({ type: 'timer-pause' })),
    button(
      t('presenter.extendTimer', { count: 1 }),
      () => send({ type: 'timer-extend', minutes: 1 }),
      'secondary',
      'timer-extend-1',
    ),
    button(
      t('presenter.extendTimer', { count: 5 }),
      () => send({ type: 'timer-extend', minutes: 5 }),
      'secondary',
      'timer-extend-5',
    ),
  );
  const everyTeam = state.record.plan.everyTeam;
  const form =
    deciding && state.revealed && !narrated
      ? everyTeam
        ? teamVoteForm(everyTeam, view.choices, state.tie, send, actions.live?.teams)
        : voteForm(view.choices, state.tie, send, actions.live?.closeAndRecord)
      : null;
  const next = nextAction(state, view, send);
  const controls = el(
    'section',
    { className: 'presenter-controls', attrs: { 'aria-labelledby': 'controls-heading' } },
    el('h2', {
      id: 'controls-heading',
      text: t('presenter.nowOnProjector', { screen: t(SCREEN_NAMES[screen]) }),
    }),
    narrated
      ? el('p', {
          className: 'presenter-narrated',
          text: t('presenter.narrated'),
        })
      : null,
    next ? el('div', { className: 'actions next-action' }, next) : null,
    form,
    screen === 'report' ? null : timerControls,
    screen === 'report' ? null : (actions.live?.panel ?? null),
    waysAround(state, view, send),
    checkPanel(scenario, state, view.role?.id, send),
    el('p', {
      className: 'hint presenter-keys',
      text: t('presenter.keys'),
    }),
  );
  const notes = screen === 'beat' ? beatNotes(scenario, view, narrated) : roleNotes(scenario, view);
  const preview = el(
    'section',
    { className: 'projector-preview', attrs: { 'aria-label': t('presenter.previewLabel') } },
    el('h2', { text: t('presenter.previewHeading') }),
    el(
      'div',
      { className: 'preview-frame', attrs: { inert: '', 'aria-hidden': 'true' } },
      ...projectorScreen(scenario, state, view).nodes,
    ),
  );
  const script = el(
    'div',
    { className: 'presenter-script' },
    readAloud(scenario, state, view),
    questionsNow(state, view, send),
    presenterOrgNote(state, view),
    preview,
    ...notes,
  );
  const panel = el(
    'article',
    { className: 'panel presenter', attrs: { 'aria-labelledby': heading.id } },
    el(
      'header',
      { className: 'presenter-header' },
      heading,
      el('p', { className: 'kicker', text: where.join(' · ') }),
      sessionClockView(scenario, state),
      el(
        'div',
        { className: 'actions' },
        button(t('presenter.openProjector'), actions.openProjector, 'secondary', 'open-projector'),
        button(t('presenter.leave'), actions.leave, 'secondary', 'leave-session'),
      ),
    ),
    el('div', { className: 'presenter-columns' }, controls, script),
  );
  return { nodes: [panel], focus: heading, stage: { screen: 'debrief' } };
}

/** What each screen is called in "Now on the projector: …" (worded when drawn, see t()). */
const SCREEN_NAMES: Readonly<Record<RoomScreen, MessageKey>> = {
  select: 'presenter.screenSelect',
  overview: 'presenter.screenOverview',
  briefing: 'presenter.screenBriefing',
  beat: 'presenter.screenBeat',
  outcome: 'presenter.screenOutcome',
  rejoin: 'presenter.screenRejoin',
  debrief: 'presenter.screenDebrief',
  report: 'presenter.screenReport',
  checkBefore: 'presenter.screenCheck',
  checkAfter: 'presenter.screenCheck',
};
