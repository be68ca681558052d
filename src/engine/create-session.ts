import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { buildMachine, type ScenarioMachine } from './build-machine';
import { buildView } from './build-view';
import { placeOf } from './place';
import type { Scenario } from './schema';
import { decisionExtras } from './log-entry-schema';
import type {
  DecisionEntry,
  DecisionInput,
  EngineEvent,
  LogEntry,
  StepInput,
} from './session-types';
import type { SessionView } from './view-types';

/** The result of a step: done, or refused with a reason (the session is unchanged). */
export type StepResult = { ok: true } | { ok: false; message: string };
/** A snapshot of a scenario machine. */
export type EngineSnapshot = SnapshotFrom<ScenarioMachine>;

/** A playthrough: a handful of verbs that send events, and `view()` to read the state. */
export interface Session {
  readonly scenario: Scenario;
  readonly machine: ScenarioMachine;
  start(how: { role: string } | { campaign: true }, input?: StepInput): StepResult;
  view(): SessionView;
  choose(choiceId: string, input: DecisionInput): StepResult;
  /** Chooses by the choice's index in the decision's full list (as in a share code). */
  chooseIndex(index: number, input: DecisionInput): StepResult;
  continue(input?: StepInput): StepResult;
  nextRole(input?: StepInput): StepResult;
  rejoinHistory(input?: StepInput): StepResult;
  /** Every step so far (the save and replay format). */
  log(): LogEntry[];
  decisions(): DecisionEntry[];
  snapshot(): EngineSnapshot;
}

const machines = new WeakMap<Scenario, ScenarioMachine>();

/** The scenario's machine, built once per scenario object. */
export function machineFor(scenario: Scenario): ScenarioMachine {
  let m = machines.get(scenario);
  if (!m) {
    m = buildMachine(scenario);
    machines.set(scenario, m);
  }
  return m;
}

/** Starts a session on a scenario, at role selection. Steps are pure transitions: no timers, no actor. */
export function createSession(scenario: Scenario): Session {
  const machine = machineFor(scenario);
  let snap: EngineSnapshot = initialTransition(machine)[0];
  const send = (event: EngineEvent, refusal: string): StepResult => {
    if (!snap.can(event)) return { ok: false, message: refusal };
    snap = transition(machine, snap, event)[0];
    return { ok: true };
  };
  const here = (): string => {
    const p = placeOf(snap);
    return p.kind === 'select'
      ? 'role selection'
      : p.kind === 'rejoin'
        ? `the rejoin screen of role '${p.role}'`
        : `${p.kind} '${p.id}' of role '${p.role}'`;
  };
  const session: Session = {
    scenario,
    machine,
    start: (how, input = { at: 0 }) =>
      'campaign' in how
        ? send(
            { type: 'START', campaign: true, at: input.at },
            scenario.campaign ? 'the session has already started' : 'this scenario has no campaign',
          )
        : send(
            { type: 'START', role: how.role, at: input.at },
            `cannot start role '${how.role}' at ${here()}`,
          ),
    view: () => buildView(scenario, placeOf(snap), snap.context),
    choose: (choice, input) => {
      const event: EngineEvent = {
        type: 'CHOOSE',
        choice,
        at: input.at,
        ...decisionExtras(input),
      };
      return send(event, `choice '${choice}' is not available at ${here()}`);
    },
    chooseIndex: (index, input) => {
      const p = placeOf(snap);
      const beat =
        p.kind === 'beat'
          ? scenario.roles.find((r) => r.id === p.role)?.beats.find((b) => b.id === p.id)
          : undefined;
      const choice = beat?.decision?.choices[index];
      return choice
        ? session.choose(choice.id, input)
        : { ok: false, message: `there is no choice ${index} at ${here()}` };
    },
    continue: (input = { at: 0 }) =>
      send({ type: 'CONTINUE', at: input.at }, `cannot continue at ${here()}`),
    nextRole: (input = { at: 0 }) =>
      send({ type: 'NEXT_ROLE', at: input.at }, `there is no next role at ${here()}`),
    rejoinHistory: (input = { at: 0 }) =>
      send({ type: 'REJOIN', at: input.at }, `there is no history to rejoin at ${here()}`),
    log: () => [...snap.context.log],
    decisions: () => snap.context.log.filter((e): e is DecisionEntry => e.type === 'choose'),
    snapshot: () => snap,
  };
  return session;
}
