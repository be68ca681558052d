/**
 * Stepping and reading the screen flow: start it, send it an event (a refused one says why), read
 * its screen and view, and restore it from what a save or a room state kept.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { placeOf } from '../engine/place';
import type { LogEntry } from '../engine/session-types';
import type { SessionView } from '../engine/view-types';
import { engineView, outcomeFollows } from './engine-steps';
import type { FlowContext, FlowEvent, Screen } from './flow-types';
import { screenFlow } from './screen-flow';
import { t } from '../i18n/translate';

/** A snapshot of the screen flow. */
export type FlowSnapshot = SnapshotFrom<typeof screenFlow>;

/** The flow at its start: a room's overview, or the role picker (or a started run's first screen). */
export function startFlow(context: FlowContext): FlowSnapshot {
  return initialTransition(screenFlow, context)[0];
}

/** The flow after an event, or why the event does nothing where the flow is. */
export function sendFlow(
  snapshot: FlowSnapshot,
  event: FlowEvent,
): { ok: true; snapshot: FlowSnapshot } | { ok: false; message: string } {
  if (!snapshot.can(event)) return { ok: false, message: refusal(screenOf(snapshot), event) };
  return { ok: true, snapshot: transition(screenFlow, snapshot, event)[0] };
}

/** The screen the flow is on, from the meta of its active state. */
export function screenOf(snapshot: FlowSnapshot): Screen {
  const metas = Object.values(snapshot.getMeta());
  return metas.find((meta) => meta?.screen)?.screen ?? 'select';
}

/** The engine's view of the run being played. */
export function viewOf(snapshot: FlowSnapshot): SessionView {
  return engineView(snapshot.context.scenario, snapshot.context.engine);
}

/** The engine's log of the run being played (the save and replay format). */
export function engineLog(snapshot: FlowSnapshot): LogEntry[] {
  return [...snapshot.context.engine.context.log];
}

/**
 * The flow at a kept screen, if that screen fits where the engine is; otherwise (or with no kept
 * screen, as for a loaded session log) at the screen the engine's place leads to.
 */
export function restoreFlow(
  context: FlowContext,
  kept?: { screen: Screen; revealed?: boolean },
): FlowSnapshot {
  const screen = kept && fits(kept.screen, context) ? kept.screen : routed(context);
  return screenFlow.resolveState({
    value: screen === 'beat' ? { beat: kept?.revealed ? 'shown' : 'hidden' } : screen,
    context,
  });
}

/** Whether the engine can be behind this screen (a damaged or edited save may say otherwise). */
function fits(screen: Screen, context: FlowContext): boolean {
  const place = placeOf(context.engine).kind;
  const ended = context.room?.record.endedAt !== undefined;
  if (ended) return screen === 'report';
  switch (screen) {
    case 'select':
      return place === 'select' && context.room === null;
    case 'overview':
      return place !== 'select' && context.room !== null;
    case 'briefing':
    case 'beat':
      return place === 'beat';
    case 'outcome':
      return outcomeFollows(context.scenario, context.engine);
    case 'rejoin':
      return place === 'rejoin';
    case 'debrief':
      return place === 'ending';
    case 'report':
      return false;
    case 'checkBefore':
      return (place === 'beat' || place === 'rejoin') && context.room === null;
    case 'checkAfter':
      return place === 'ending' && context.room === null;
  }
}

/** Where the engine's place leads when no screen was kept: a read briefing, a seen outcome. */
function routed(context: FlowContext): Screen {
  if (context.room?.record.endedAt !== undefined) return 'report';
  const place = placeOf(context.engine).kind;
  return place === 'ending' ? 'debrief' : place === 'beat' ? 'beat' : place;
}

/** Why an event does nothing on this screen, in the words of the one who sent it. */
function refusal(screen: Screen, event: FlowEvent): string {
  // The screen as the flow names it, worded (in English, its name in the flow is kept).
  const screenName = t('flow.screen', { screen });
  switch (event.type) {
    case 'NEXT':
      return screen === 'beat'
        ? t('flow.decideFirst')
        : screen === 'rejoin'
          ? t('flow.rejoinOrEnd')
          : screen === 'report'
            ? t('flow.sessionEnded')
            : t('flow.nothingAfter', { screen: screenName });
    case 'CHOOSE':
      return screen === 'beat'
        ? t('flow.choiceNotOpen', { choice: event.choice })
        : t('flow.noDecisionNow');
    case 'TIMER_EXTEND':
      return t('flow.extendRange');
    case 'START':
      return t('flow.alreadyStarted');
    case 'UNDO':
      return t('flow.nothingToUndo');
    case 'SKIP':
      return t('flow.onlyBeatSkips');
    case 'END_ROLE':
      return t(screen === 'debrief' ? 'flow.roleEnded' : 'flow.noRoleToEnd');
    case 'END_NOW':
      return t('flow.sessionEnded');
    case 'PAGE':
      return t('flow.noSuchPage');
    default:
      return t('flow.notOnScreen', { screen: screenName });
  }
}
