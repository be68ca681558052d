import { and, assign, setup } from 'xstate';
import { evaluateCondition } from './evaluate-condition';
import type { Condition, Effects, Role, Scenario } from './schema';
import type { EngineContext, EngineEvent, LogEntry } from './session-types';
import { decisionExtras } from './log-entry-schema';
import { beatStateId, endingStateId, rejoinStateId, type Place, type PlaceMeta } from './place';
import { applyEffectsToWorld, initialWorld } from './world';

/**
 * Builds the XState machine of a scenario. The config is generated as data; behaviour is the
 * closed set of guards and actions named in `setup`, which interpret scenario data and never run it.
 */
export function buildMachine(scenario: Scenario) {
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const order = scenario.campaign?.order ?? [];
  const log = (context: EngineContext, entry: LogEntry): LogEntry[] => [...context.log, entry];

  const machineSetup = setup({
    types: { context: {} as EngineContext, events: {} as EngineEvent, meta: {} as PlaceMeta },
    guards: {
      /** The START event asks for this role, or for the campaign. */
      startIs: ({ event }, params: { role?: string; campaign?: boolean }) =>
        event.type === 'START' &&
        (params.campaign ? event.campaign === true : !event.campaign && event.role === params.role),
      /** The CHOOSE event names this choice. */
      choiceIs: ({ event }, params: { choice: string }) =>
        event.type === 'CHOOSE' && event.choice === params.choice,
      /** A scenario condition holds in the current world and choices. */
      conditionHolds: ({ context }, params: { condition?: Condition }) =>
        evaluateCondition(params.condition, context),
      /** The session is playing the campaign (not a single role). */
      inCampaign: ({ context }) => context.mode === 'campaign',
    },
    actions: {
      startSession: assign(({ event }, params: { role: string; campaign: boolean }) => ({
        world: initialWorld(scenario),
        chosen: [],
        rejoined: [],
        mode: params.campaign ? ('campaign' as const) : ('role' as const),
        role: params.role,
        log: [
          params.campaign
            ? { type: 'start' as const, at: event.at, campaign: true as const }
            : { type: 'start' as const, at: event.at, role: params.role },
        ],
      })),
      enterRole: assign(({ context, event }, params: { role: string }) => ({
        role: params.role,
        log: log(context, { type: 'next-role', at: event.at, role: params.role }),
      })),
      applyEffects: assign(({ context }, params: { effects?: Effects }) => ({
        world: applyEffectsToWorld(scenario, context.world, params.effects),
      })),
      recordDecision: assign(
        ({ context, event }, params: { role: string; beat: string; choice: string }) => {
          const entry: LogEntry = {
            type: 'choose',
            at: event.at,
            ...params,
            ...(event.type === 'CHOOSE' ? decisionExtras(event) : {}),
          };
          return {
            chosen: [...context.chosen, `${params.role}.${params.beat}.${params.choice}`],
            log: log(context, entry),
          };
        },
      ),
      recordContinue: assign(({ context, event }, params: { role: string; beat: string }) => ({
        log: log(context, { type: 'continue', at: event.at, ...params }),
      })),
      recordRejoin: assign(({ context, event }, params: { role: string }) => ({
        rejoined: [...context.rejoined, params.role],
        log: log(context, { type: 'rejoin', at: event.at, role: params.role }),
      })),
    },
  });

  type StateConfig = Parameters<typeof machineSetup.createStateConfig>[0];
  type On = NonNullable<StateConfig['on']>;
  /** A leaf state's meta: its place in the story, read back with `placeOf`. */
  const at = (place: Place): PlaceMeta => ({ place });

  /**
   * Where entering a role leads: its start beat if `requires` holds (or there is none), else its
   * rejoin screen. `guarded` builds one transition from the extra condition and its target.
   */
  function enter<T>(role: Role, guarded: (requires: Condition | undefined, target: string) => T) {
    const start = `#${beatStateId(role.id, role.start)}`;
    return role.requires
      ? [guarded(role.requires, start), guarded(undefined, `#${rejoinStateId(role.id)}`)]
      : [guarded(undefined, start)];
  }

  const startInto = (role: Role, params: { role?: string; campaign?: boolean }) =>
    enter(role, (requires, target) => ({
      guard: requires
        ? and([
            { type: 'startIs', params },
            { type: 'conditionHolds', params: { condition: requires } },
          ])
        : { type: 'startIs' as const, params },
      target,
      actions: {
        type: 'startSession' as const,
        params: { role: role.id, campaign: params.campaign === true },
      },
    }));
  const firstInCampaign = roles.get(order[0] ?? '');
  const starts: On['START'] = [
    ...scenario.roles.flatMap((r) => startInto(r, { role: r.id })),
    ...(firstInCampaign ? startInto(firstInCampaign, { campaign: true }) : []),
  ];

  const roleState = (role: Role): StateConfig => {
    const states: Record<string, StateConfig> = {};
    const nextRole = roles.get(order[order.indexOf(role.id) + 1] ?? '');
    if (role.rejoinHistory) {
      states.rejoin = machineSetup.createStateConfig({
        id: rejoinStateId(role.id),
        meta: at({ kind: 'rejoin', role: role.id }),
        on: {
          REJOIN: {
            target: `#${beatStateId(role.id, role.start)}`,
            actions: [
              { type: 'applyEffects', params: { effects: role.rejoinHistory.effects } },
              { type: 'recordRejoin', params: { role: role.id } },
            ],
          },
        },
      });
    }
    const beatIds = new Set(role.beats.map((b) => b.id));
    const targetOf = (id: string): string =>
      beatIds.has(id) ? `#${beatStateId(role.id, id)}` : `#${endingStateId(role.id, id)}`;
    for (const b of role.beats) {
      const on: On = b.decision
        ? {
            CHOOSE: b.decision.choices.map((c) => ({
              guard: and([
                { type: 'choiceIs', params: { choice: c.id } },
                { type: 'conditionHolds', params: { condition: c.when } },
              ]),
              target: targetOf(c.next),
              actions: [
                { type: 'applyEffects', params: { effects: c.effects } },
                { type: 'recordDecision', params: { role: role.id, beat: b.id, choice: c.id } },
              ],
            })),
          }
        : {
            CONTINUE: {
              target: targetOf(b.next ?? ''),
              actions: { type: 'recordContinue', params: { role: role.id, beat: b.id } },
            },
          };
      states[`beat:${b.id}`] = {
        id: beatStateId(role.id, b.id),
        meta: at({ kind: 'beat', role: role.id, id: b.id }),
        on,
      };
    }
    const toNextRole: On['NEXT_ROLE'] = nextRole
      ? enter(nextRole, (requires, target) => ({
          guard: requires
            ? and(['inCampaign', { type: 'conditionHolds', params: { condition: requires } }])
            : 'inCampaign',
          target,
          actions: { type: 'enterRole', params: { role: nextRole.id } },
        }))
      : [];
    for (const e of role.endings) {
      states[`ending:${e.id}`] = {
        id: endingStateId(role.id, e.id),
        meta: at({ kind: 'ending', role: role.id, id: e.id }),
        entry: { type: 'applyEffects', params: { effects: e.effects } },
        on: { NEXT_ROLE: toNextRole },
      };
    }
    return { initial: `beat:${role.start}`, states };
  };

  return machineSetup.createMachine({
    id: 'scenario',
    initial: 'select',
    context: {
      world: initialWorld(scenario),
      chosen: [],
      log: [],
      mode: null,
      role: null,
      rejoined: [],
    },
    states: {
      select: { meta: at({ kind: 'select' }), on: { START: starts } },
      ...Object.fromEntries(scenario.roles.map((r) => [`role:${r.id}`, roleState(r)])),
    },
  });
}

/** The machine type `buildMachine` returns. */
export type ScenarioMachine = ReturnType<typeof buildMachine>;
