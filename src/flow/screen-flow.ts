/**
 * The screen flow, written once for solo play and for a room: which screen follows which, driven
 * by the scenario engine's place. A room is the same flow plus the facilitator's events (reveal,
 * tie, timer) and its own opening and close (overview, next team, report). Pure: no DOM, no actor;
 * callers step it with `transition` (see flow.ts).
 */
import { and, assign, setup } from 'xstate';
import { placeOf } from '../engine/place';
import {
  extendTimer,
  freshTimer,
  minutesFor,
  pauseTimer,
  startTimer,
} from '../facilitation/room-timer';
import { engineEventOf, engineView, outcomeFollows, stepEngine } from './engine-steps';
import type { FlowContext, FlowEvent, Screen, ScreenMeta } from './flow-types';
import { hasNextTeam, startRun, withLog } from './room-runs';
import { checkOffered, keepCheck } from './check-steps';
import { withRoomCheck } from '../facilitation/room-check';
import { endRole, hasDecisionToUndo, skipDecision, undoLastDecision } from './room-steps';
import type { EngineSnapshot } from '../engine/create-session';

/** The context with a new engine snapshot; a room's record keeps its log. */
function withEngine(context: FlowContext, engine: EngineSnapshot): Partial<FlowContext> {
  const room = context.room && { ...context.room, record: withLog(context.room.record, engine) };
  return { engine, room };
}

/** What NEXT asks the engine for where it is sent (by default, to continue). */
type EngineStep = { onNext: 'CONTINUE' | 'NEXT_ROLE' } | undefined;
const at = (screen: Screen): ScreenMeta => ({ screen });
/** Entering a screen: a room's timer starts afresh with the minutes planned for it. */
const entering = (screen: Screen) => ({ type: 'freshTimer' as const, params: { screen } });
/** The most pages a long screen is split into on the projector. */
const MAX_PAGES = 20;

/** The facilitator ends the session now, from any screen before the report. */
const endNow = { guard: 'isRoom', actions: 'endSession', target: '#screens.report' } as const;
/** The facilitator skips the rest of the role, to its debrief. */
const endRoleNow = { guard: 'canEndRole', actions: 'endRole', target: '#screens.playing' } as const;
/**
 * What a room can do on every screen of a role: take back the last decision (back at its beat,
 * choices shown) or end the session now.
 */
const roomWays = {
  UNDO: { guard: 'canUndo', actions: 'undoDecision', target: '#screens.beat.shown' },
  END_NOW: endNow,
} as const;

/** The screen-flow statechart (inspectable: named guards and actions, each screen tagged in meta). */
export const screenFlow = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowContext,
    meta: {} as ScreenMeta,
  },
  guards: {
    /** A facilitated room (not one player alone). */
    isRoom: ({ context }) => context.room !== null,
    /** The engine accepts the step this event stands for. */
    engineAccepts: ({ context, event }, params: EngineStep) => {
      const step = engineEventOf(event, params?.onNext ?? 'CONTINUE');
      return step !== null && context.engine.can(step);
    },
    /** The engine is at role selection. */
    atSelect: ({ context }) => placeOf(context.engine).kind === 'select',
    /** The engine is at a role's "rejoin history" screen. */
    atRejoin: ({ context }) => placeOf(context.engine).kind === 'rejoin',
    /** The engine is at an ending. */
    atEnding: ({ context }) => placeOf(context.engine).kind === 'ending',
    /** The decision just taken has an outcome to read. */
    hasOutcome: ({ context }) => outcomeFollows(context.scenario, context.engine),
    /** One player, at a role whose check they have not yet taken (or skipped) at this phase. */
    offersCheck: ({ context }, params: { phase: 'before' | 'after' }) =>
      checkOffered(context, params.phase),
    /** The room's plan has another team to play. */
    nextTeamPlans: ({ context }) => context.room !== null && hasNextTeam(context.room.record),
    /** A timer extension the facilitator can mean: 1 to 60 minutes. */
    extensionAllowed: ({ event }) =>
      event.type === 'TIMER_EXTEND' && event.minutes > 0 && event.minutes <= 60,
    /** The run being played has a decision to take back. */
    canUndo: ({ context }) => context.room !== null && hasDecisionToUndo(context.room.record),
    /** The role can be skipped to its ending. */
    canEndRole: ({ context, event }) =>
      context.room !== null &&
      event.type === 'END_ROLE' &&
      endRole(context.scenario, context.engine, event.at) !== null,
    /** A page the projector can show. */
    pageAllowed: ({ event }) =>
      event.type === 'PAGE' &&
      Number.isInteger(event.page) &&
      event.page >= 0 &&
      event.page < MAX_PAGES,
  },
  actions: {
    /** Takes the engine step this event stands for; a room's record keeps the new log. */
    stepEngine: assign(({ context, event }, params: EngineStep) => {
      const engine = stepEngine(
        context.scenario,
        context.engine,
        engineEventOf(event, params?.onNext ?? 'CONTINUE'),
      );
      const room = context.room && {
        ...context.room,
        record: withLog(context.room.record, engine),
      };
      return { engine, room };
    }),
    /** Keeps the check's answers (an empty set when skipped) for the role being played. */
    keepCheck: assign(({ context, event }, params: { phase: 'before' | 'after' }) => ({
      checks: keepCheck(context, params.phase, event.type === 'ANSWER' ? event.answers : null),
    })),
    /** Keeps a room's show of hands on a check in its record (replacing an earlier count). */
    keepRoomCheck: assign(({ context, event }) => {
      if (!context.room || event.type !== 'RECORD_CHECK') return {};
      const { record } = context.room;
      const checks = withRoomCheck(record.checks, event.tally);
      return { room: { ...context.room, record: { ...record, checks } } };
    }),
    /** Takes back the run's last decision: the engine replays its log up to it. */
    undoDecision: assign(({ context }) => {
      const undone = context.room && undoLastDecision(context.scenario, context.room.record);
      if (!context.room || !undone) return {};
      return { engine: undone.engine, room: { ...context.room, record: undone.record, tie: null } };
    }),
    /** Skips this beat: a decision takes history's choice, marked skipped in the log. */
    skipBeat: assign(({ context, event }) => {
      if (!('at' in event)) return {};
      return withEngine(context, skipDecision(context.scenario, context.engine, event.at));
    }),
    /** Skips every remaining beat of the role, to its ending. */
    endRole: assign(({ context, event }) => {
      const ended = 'at' in event ? endRole(context.scenario, context.engine, event.at) : null;
      return ended ? withEngine(context, ended) : {};
    }),
    turnPage: assign(({ context, event }) =>
      context.room && event.type === 'PAGE' ? { room: { ...context.room, page: event.page } } : {},
    ),
    /** Starts the next team's run of the plan. */
    startNextTeam: assign(({ context, event }) => {
      if (!context.room || !('at' in event)) return {};
      const { record } = context.room;
      const next = startRun(context.scenario, record, record.runs.length, event.at);
      return { engine: next.engine, room: { ...context.room, record: next.record } };
    }),
    /** The facilitator ends the session: the record says when. */
    endSession: assign(({ context, event }) =>
      context.room && 'at' in event
        ? { room: { ...context.room, record: { ...context.room.record, endedAt: event.at } } }
        : {},
    ),
    freshTimer: assign(({ context }, params: { screen: Screen }) => {
      if (!context.room) return {};
      const view = engineView(context.scenario, context.engine);
      const minutes = minutesFor(context.scenario, context.room.record.plan, params.screen, view);
      return { room: { ...context.room, timer: freshTimer(minutes), page: 0 } };
    }),
    keepTie: assign(({ context, event }) =>
      context.room && event.type === 'TIE'
        ? { room: { ...context.room, tie: { choices: event.choices, tally: event.tally } } }
        : {},
    ),
    clearTie: assign(({ context }) =>
      context.room ? { room: { ...context.room, tie: null } } : {},
    ),
    startTimer: assign(({ context, event }) =>
      context.room && event.type === 'TIMER_START'
        ? { room: { ...context.room, timer: startTimer(context.room.timer, event.at) } }
        : {},
    ),
    pauseTimer: assign(({ context, event }) =>
      context.room && event.type === 'TIMER_PAUSE'
        ? { room: { ...context.room, timer: pauseTimer(context.room.timer, event.at) } }
        : {},
    ),
    extendTimer: assign(({ context, event }) =>
      context.room && event.type === 'TIMER_EXTEND'
        ? { room: { ...context.room, timer: extendTimer(context.room.timer, event.minutes) } }
        : {},
    ),
  },
}).createMachine({
  id: 'screens',
  context: ({ input }) => input,
  initial: 'opening',
  on: {
    TIMER_START: { guard: 'isRoom', actions: 'startTimer' },
    TIMER_PAUSE: { guard: 'isRoom', actions: 'pauseTimer' },
    TIMER_EXTEND: { guard: and(['isRoom', 'extensionAllowed']), actions: 'extendTimer' },
    RECORD_CHECK: { guard: 'isRoom', actions: 'keepRoomCheck' },
    PAGE: { guard: and(['isRoom', 'pageAllowed']), actions: 'turnPage' },
  },
  states: {
    /** A room opens on the overview; one player on the role picker. */
    opening: {
      always: [
        { guard: 'isRoom', target: 'overview' },
        { guard: 'atSelect', target: 'select' },
        { target: 'enteringRole' },
      ],
    },
    select: {
      meta: at('select'),
      on: {
        START: {
          guard: 'engineAccepts',
          actions: 'stepEngine',
          target: 'enteringRole',
        },
      },
    },
    overview: {
      meta: at('overview'),
      entry: entering('overview'),
      on: { NEXT: 'enteringRole', END_NOW: endNow },
    },
    /**
     * A role begins: one player may first take its check; then back to history if its story
     * needs it, else its briefing.
     */
    enteringRole: {
      always: [
        { guard: { type: 'offersCheck', params: { phase: 'before' } }, target: 'checkBefore' },
        { guard: 'atRejoin', target: 'rejoin' },
        { target: 'briefing' },
      ],
    },
    /** The check before the role, skippable; either way it is not asked again for this role. */
    checkBefore: {
      meta: at('checkBefore'),
      on: {
        ANSWER: {
          actions: { type: 'keepCheck', params: { phase: 'before' } },
          target: 'enteringRole',
        },
        SKIP_CHECK: {
          actions: { type: 'keepCheck', params: { phase: 'before' } },
          target: 'enteringRole',
        },
      },
    },
    rejoin: {
      meta: at('rejoin'),
      entry: entering('rejoin'),
      on: {
        REJOIN: {
          guard: 'engineAccepts',
          actions: 'stepEngine',
          target: 'briefing',
        },
        ...roomWays,
      },
    },
    briefing: {
      meta: at('briefing'),
      entry: entering('briefing'),
      on: { NEXT: 'playing', ...roomWays, END_ROLE: endRoleNow },
    },
    /** Within a role: the next beat, or the debrief once the story has ended. */
    playing: { always: [{ guard: 'atEnding', target: 'debrief' }, { target: 'beat' }] },
    beat: {
      meta: at('beat'),
      entry: entering('beat'),
      exit: 'clearTie',
      initial: 'hidden',
      states: {
        /** In a room the choices wait until the facilitator reveals them. */
        hidden: { on: { REVEAL: { guard: 'isRoom', target: 'shown' } } },
        shown: { on: { HIDE: 'hidden' } },
      },
      on: {
        CHOOSE: {
          guard: 'engineAccepts',
          actions: 'stepEngine',
          target: 'decided',
        },
        NEXT: {
          guard: 'engineAccepts',
          actions: 'stepEngine',
          target: 'playing',
        },
        TIE: { guard: 'isRoom', actions: 'keepTie' },
        SKIP: { guard: 'isRoom', actions: 'skipBeat', target: 'decided' },
        ...roomWays,
        END_ROLE: endRoleNow,
      },
    },
    decided: { always: [{ guard: 'hasOutcome', target: 'outcome' }, { target: 'playing' }] },
    outcome: {
      meta: at('outcome'),
      entry: entering('outcome'),
      on: { NEXT: 'playing', ...roomWays, END_ROLE: endRoleNow },
    },
    debrief: {
      meta: at('debrief'),
      entry: entering('debrief'),
      on: {
        CHECK: { guard: { type: 'offersCheck', params: { phase: 'after' } }, target: 'checkAfter' },
        NEXT: [
          {
            guard: { type: 'engineAccepts', params: { onNext: 'NEXT_ROLE' } },
            actions: { type: 'stepEngine', params: { onNext: 'NEXT_ROLE' } },
            target: 'enteringRole',
          },
          { guard: 'nextTeamPlans', actions: 'startNextTeam', target: 'enteringRole' },
          { guard: 'isRoom', actions: 'endSession', target: 'report' },
        ],
        ...roomWays,
      },
    },
    /** The same check after the debrief; skipping it goes back to the debrief, keeping nothing. */
    checkAfter: {
      meta: at('checkAfter'),
      on: {
        ANSWER: { actions: { type: 'keepCheck', params: { phase: 'after' } }, target: 'debrief' },
        SKIP_CHECK: 'debrief',
      },
    },
    report: { meta: at('report'), entry: entering('report'), type: 'final' },
  },
});

/** The screen-flow machine's type. */
export type ScreenFlow = typeof screenFlow;
