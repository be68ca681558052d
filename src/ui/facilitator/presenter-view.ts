/**
 * The presenter window: the facilitator's controls and notes. Everything here is a button, a
 * field or a heading, so the whole session can be run from the keyboard.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionView } from '../../engine/view-types';
import type { RoomCommand, RoomScreen, RoomState } from '../../facilitation/room-session';
import { button, el } from '../dom';
import type { Screen } from '../screens/screen';
import { beatNotes, roleNotes } from './presenter-notes';
import { teamFor } from './room-words';
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
  };
}

/** A button with a stable id, so focus stays on it when the window redraws after a change. */
function control(id: string, label: string, action: () => void, kind = 'secondary'): HTMLElement {
  const element = button(label, action, kind);
  element.id = id;
  return element;
}

const ADVANCE_LABELS: Record<string, string> = {
  overview: 'Show the first briefing',
  briefing: 'Begin the role',
  beat: 'Continue',
  outcome: 'Next',
  debrief: 'Next',
};

export function presenterScreen(
  scenario: Scenario,
  state: RoomState,
  view: SessionView,
  actions: PresenterActions,
): Screen {
  const { screen } = state;
  const heading = el('h1', { id: 'presenter-heading', text: 'Presenter' });
  const team = teamFor(state, view.role?.id);
  const where = [
    scenario.title,
    view.role ? `${view.role.name}${team ? ` (${team})` : ''}` : null,
    view.beat && screen === 'beat' ? view.beat.title : null,
  ].filter(Boolean);
  const { send } = actions;
  const deciding = screen === 'beat' && view.choices.length > 0;
  const advanceLabel =
    screen === 'debrief' && !view.nextRole && state.record.runs.length >= runsPlanned(state)
      ? 'End the session: the report'
      : screen === 'debrief' && !view.nextRole
        ? 'Next role'
        : screen === 'debrief'
          ? `Next role: ${view.nextRole?.name ?? ''}`
          : (ADVANCE_LABELS[screen] ?? 'Next');
  const timerControls = el(
    'div',
    { className: 'timer-controls' },
    timerView(state.timer, 'presenter-timer'),
    state.timer.runningSince === null
      ? control('timer-toggle', 'Start the timer', () => send({ type: 'timer-start' }), 'primary')
      : control('timer-toggle', 'Pause the timer', () => send({ type: 'timer-pause' })),
    control('timer-extend-1', '+1 minute', () => send({ type: 'timer-extend', minutes: 1 })),
    control('timer-extend-5', '+5 minutes', () => send({ type: 'timer-extend', minutes: 5 })),
  );
  const controls = el(
    'section',
    { className: 'presenter-controls', attrs: { 'aria-labelledby': 'controls-heading' } },
    el('h2', { id: 'controls-heading', text: `Now on the projector: ${screenName(screen)}` }),
    screen === 'report' ? null : timerControls,
    deciding
      ? control('reveal-toggle', state.revealed ? 'Hide the choices' : 'Reveal the choices', () =>
          send({ type: 'reveal-choices', shown: !state.revealed }),
        )
      : null,
    screen === 'report' ? null : (actions.live?.panel ?? null),
    deciding ? voteForm(view.choices, state.tie, send, actions.live?.closeAndRecord) : null,
    screen === 'rejoin'
      ? control('rejoin', 'Rejoin history', () => send({ type: 'rejoin-history' }), 'primary')
      : null,
    // The report screen itself is drawn by facilitator-app.ts; here the room is still playing.
    deciding || screen === 'rejoin' || screen === 'report'
      ? null
      : control('advance', advanceLabel, () => send({ type: 'advance' }), 'primary'),
  );
  const notes = screen === 'beat' ? beatNotes(scenario, view) : roleNotes(scenario, view);
  const panel = el(
    'article',
    { className: 'panel presenter', attrs: { 'aria-labelledby': heading.id } },
    el(
      'header',
      { className: 'presenter-header' },
      heading,
      el('p', { className: 'kicker', text: where.join(' · ') }),
      el(
        'div',
        { className: 'actions' },
        control('open-projector', 'Open the projector window', actions.openProjector),
        control('leave-session', 'Leave (the session is kept)', actions.leave),
      ),
    ),
    el('div', { className: 'presenter-columns' }, controls, el('div', {}, ...notes)),
  );
  return { nodes: [panel], focus: heading, stage: { screen: 'debrief' } };
}

function runsPlanned(state: RoomState): number {
  return state.record.plan.mode === 'campaign' ? 1 : state.record.plan.teams.length;
}

function screenName(screen: RoomScreen): string {
  switch (screen) {
    case 'select':
      return 'the choice of role';
    case 'overview':
      return 'the overview';
    case 'briefing':
      return 'the briefing';
    case 'beat':
      return 'the situation';
    case 'outcome':
      return 'the outcome';
    case 'rejoin':
      return 'back to the main line';
    case 'debrief':
      return 'the debrief';
    case 'report':
      return 'the end of the session';
  }
}
