import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { buildMachine, type ScenarioMachine } from './build-machine';
import { buildView } from './build-view';
import { placeOf } from './place';
import { problem, type ProblemMessage } from './problem-message';
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
export type StepResult = { ok: true } | { ok: false; message: ProblemMessage };
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
  // The refusal is made only when the step is refused: most steps are not.
  const send = (event: EngineEvent, refusal: () => ProblemMessage): StepResult => {
    if (!snap.can(event)) return { ok: false, message: refusal() };
    snap = transition(machine, snap, event)[0];
    return { ok: true };
  };
  const here = (): ProblemMessage => {
    const p = placeOf(snap);
    if (p.kind === 'select') return problem('playRefusals.atRoleSelection');
    if (p.kind === 'rejoin') return problem('playRefusals.atRejoin', { role: p.role });
    return p.kind === 'beat'
      ? problem('playRefusals.atBeat', { beat: p.id, role: p.role })
      : problem('playRefusals.atEnding', { ending: p.id, role: p.role });
  };
  const session: Session = {
    scenario,
    machine,
    start: (how, input = { at: 0 }) =>
      'campaign' in how
        ? send({ type: 'START', campaign: true, at: input.at }, () =>
            problem(scenario.campaign ? 'playRefusals.alreadyStarted' : 'playRefusals.noCampaign'),
          )
        : send({ type: 'START', role: how.role, at: input.at }, () =>
            problem('playRefusals.cannotStartRole', { role: how.role, here: here() }),
          ),
    view: () => buildView(scenario, placeOf(snap), snap.context),
    choose: (choice, input) => {
      const event: EngineEvent = {
        type: 'CHOOSE',
        choice,
        at: input.at,
        ...decisionExtras(input),
      };
      return send(event, () => problem('playRefusals.choiceUnavailable', { choice, here: here() }));
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
        : {
            ok: false,
            message: problem('playRefusals.noChoiceAt', { index: String(index), here: here() }),
          };
    },
    continue: (input = { at: 0 }) =>
      send({ type: 'CONTINUE', at: input.at }, () =>
        problem('playRefusals.cannotContinue', { here: here() }),
      ),
    nextRole: (input = { at: 0 }) =>
      send({ type: 'NEXT_ROLE', at: input.at }, () =>
        problem('playRefusals.noNextRole', { here: here() }),
      ),
    rejoinHistory: (input = { at: 0 }) =>
      send({ type: 'REJOIN', at: input.at }, () =>
        problem('playRefusals.noRejoin', { here: here() }),
      ),
    log: () => [...snap.context.log],
    decisions: () => snap.context.log.filter((e): e is DecisionEntry => e.type === 'choose'),
    snapshot: () => snap,
  };
  return session;
}
