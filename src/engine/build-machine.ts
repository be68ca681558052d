import { and, assign, setup } from 'xstate';
import { evaluateCondition } from './evaluate-condition';
import type { Condition, Effects, Role, Scenario } from './schema';
import type { EngineContext, EngineEvent, LogEntry } from './session-types';
import { beatStateId, endingStateId, rejoinStateId } from './state-keys';
import { applyEffectsToWorld, initialWorld } from './world';

type Transition = { target: string; guard?: unknown; actions?: unknown[] };

/**
 * Builds the XState machine of a scenario. The config is generated as data; behaviour is the
 * closed set of guards and actions named in `setup`, which interpret scenario data and never run it.
 */
export function buildMachine(scenario: Scenario) {
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const order = scenario.campaign?.order ?? [];
  const log = (context: EngineContext, entry: LogEntry): LogEntry[] => [...context.log, entry];

  const machineSetup = setup({
    types: { context: {} as EngineContext, events: {} as EngineEvent },
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
          const entry: LogEntry = { type: 'choose', at: event.at, ...params };
          if (event.type === 'CHOOSE' && event.rationale !== undefined)
            entry.rationale = event.rationale;
          if (event.type === 'CHOOSE' && event.tally !== undefined)
            entry.tally = { ...event.tally };
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

  /** Transitions into a role: its start beat if `requires` holds, else its rejoin screen. */
  const enter = (role: Role, guard: unknown, actions: unknown[]): Transition[] =>
    role.requires
      ? [
          {
            guard: and([
              guard as never,
              { type: 'conditionHolds', params: { condition: role.requires } },
            ]),
            target: `#${beatStateId(role.id, role.start)}`,
            actions,
          },
          { guard, target: `#${rejoinStateId(role.id)}`, actions },
        ]
      : [{ guard, target: `#${beatStateId(role.id, role.start)}`, actions }];

  const starts: Transition[] = scenario.roles.flatMap((r) =>
    enter(r, { type: 'startIs', params: { role: r.id } }, [
      { type: 'startSession', params: { role: r.id, campaign: false } },
    ]),
  );
  const firstInCampaign = roles.get(order[0] ?? '');
  if (firstInCampaign) {
    starts.push(
      ...enter(firstInCampaign, { type: 'startIs', params: { campaign: true } }, [
        { type: 'startSession', params: { role: firstInCampaign.id, campaign: true } },
      ]),
    );
  }

  const roleState = (role: Role) => {
    const states: Record<string, unknown> = {};
    const nextRole = roles.get(order[order.indexOf(role.id) + 1] ?? '');
    if (role.rejoinHistory) {
      states.rejoin = {
        id: rejoinStateId(role.id),
        on: {
          REJOIN: {
            target: `#${beatStateId(role.id, role.start)}`,
            actions: [
              { type: 'applyEffects', params: { effects: role.rejoinHistory.effects } },
              { type: 'recordRejoin', params: { role: role.id } },
            ],
          },
        },
      };
    }
    const targetOf = (id: string): string =>
      role.beats.some((b) => b.id === id)
        ? `#${beatStateId(role.id, id)}`
        : `#${endingStateId(role.id, id)}`;
    for (const b of role.beats) {
      const on = b.decision
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
              actions: [{ type: 'recordContinue', params: { role: role.id, beat: b.id } }],
            },
          };
      states[`beat:${b.id}`] = { id: beatStateId(role.id, b.id), on };
    }
    for (const e of role.endings) {
      const on = nextRole
        ? {
            NEXT_ROLE: enter(nextRole, 'inCampaign', [
              { type: 'enterRole', params: { role: nextRole.id } },
            ]),
          }
        : {};
      states[`ending:${e.id}`] = {
        id: endingStateId(role.id, e.id),
        tags: ['ending'],
        entry: [{ type: 'applyEffects', params: { effects: e.effects } }],
        on,
      };
    }
    return { initial: `beat:${role.start}`, states };
  };

  const config = {
    id: 'scenario',
    initial: 'select',
    context: {
      world: initialWorld(scenario),
      chosen: [],
      log: [],
      mode: null,
      role: null,
      rejoined: [],
    } as EngineContext,
    states: {
      select: { on: { START: starts } },
      ...Object.fromEntries(scenario.roles.map((r) => [`role:${r.id}`, roleState(r)])),
    },
  };
  return machineSetup.createMachine(config as Parameters<typeof machineSetup.createMachine>[0]);
}

/** The machine type `buildMachine` returns. */
export type ScenarioMachine = ReturnType<typeof buildMachine>;
