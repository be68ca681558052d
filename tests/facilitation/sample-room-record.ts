// Shared by the facilitation tests: the Equation Group scenario and session logs played on it.
import { join } from 'node:path';
import { createSession, type StepResult } from '../../src/engine/create-session';
import type { Scenario } from '../../src/engine/schema';
import type { DecisionInput, LogEntry } from '../../src/engine/session-types';
import {
  ROOM_RECORD_FORMAT,
  ROOM_RECORD_VERSION,
  type RoomRecord,
} from '../../src/facilitation/room-record';
import type { SessionPlan } from '../../src/facilitation/session-plan';
import { wordProblem } from '../../src/i18n/problem-words';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { mustLoad, SCENARIOS } from '../engine/fixtures';

/** The shipped Equation Group scenario, loaded as the game loads it. */
export async function equationGroup(): Promise<Scenario> {
  return mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));
}

export interface RunScript {
  /** The choice to take at a beat (by beat id); elsewhere the main line's (historical, else assumed), else the first. */
  picks?: Record<string, string>;
  /** Votes and reasons to record at a beat (by beat id). */
  votes?: Record<string, Omit<DecisionInput, 'at'>>;
}

/** Plays one run to its end (every role of a campaign), rejoining history when a role needs it. */
export function playRun(
  scenario: Scenario,
  how: { role: string } | { campaign: true },
  script: RunScript = {},
): LogEntry[] {
  const session = createSession(scenario);
  let at = 1_000;
  const tick = () => ({ at: (at += 60_000) });
  const must = (r: StepResult) => {
    if (!r.ok) throw new Error(wordProblem(r.message));
  };
  must(session.start(how, tick()));
  for (let step = 0; step < 200; step += 1) {
    const view = session.view();
    if (view.phase === 'rejoin') must(session.rejoinHistory(tick()));
    else if (view.phase === 'ending') {
      if (!view.nextRole) break;
      must(session.nextRole(tick()));
    } else if (view.canContinue) must(session.continue(tick()));
    else {
      const beat = view.beat?.id ?? '';
      const decision = scenario.roles
        .find((r) => r.id === view.role?.id)
        ?.beats.find((b) => b.id === beat)?.decision;
      const available = new Set(view.choices.map((c) => c.id));
      const historical = decision?.choices.find(
        (c) => (c.historical || c.assumed) && available.has(c.id),
      )?.id;
      const choice = script.picks?.[beat] ?? historical ?? view.choices[0]?.id ?? '';
      must(session.choose(choice, { ...tick(), ...script.votes?.[beat] }));
    }
  }
  return session.log();
}

export const RATIONALE = 'Nobody should take classified code home, deadline or not.';
export const SCRIPT_RATIONALE = '<script>alert(1)</script>';

/**
 * Two runs, role by role: the contractor stays late (a 7-5-2 vote, leaving history at the first
 * decision), then the analysts, who must rejoin history and whose first reason is a script tag.
 */
export function sampleRecord(scenario: Scenario): RoomRecord {
  const plan: SessionPlan = {
    scenarioId: scenario.id,
    mode: 'roles',
    teams: [
      { role: 'contractor', team: 'Table 1' },
      { role: 'analysts', team: 'Table 2' },
      { role: 'ceo', team: 'Table 3' },
    ],
    budgetMinutes: 60,
  };
  const contractor = playRun(
    scenario,
    { role: 'contractor' },
    {
      picks: { 'the-deadline': 'stay-late' },
      votes: {
        'the-deadline': {
          tally: { 'stay-late': 7, 'take-it-home': 5, 'ask-for-time': 2 },
          rationale: RATIONALE,
        },
      },
    },
  );
  const analysts = playRun(
    scenario,
    { role: 'analysts' },
    {
      votes: {
        'the-alert': { tally: { 'open-it': 4, 'delete-unopened': 3 }, rationale: SCRIPT_RATIONALE },
      },
    },
  );
  return {
    format: ROOM_RECORD_FORMAT,
    version: ROOM_RECORD_VERSION,
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
    plan,
    runs: [{ log: contractor }, { log: analysts }],
    startedAt: new Date(2026, 10, 27, 14, 0).getTime(),
    endedAt: new Date(2026, 10, 27, 15, 5).getTime(),
  };
}
