import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { historyOf } from '../../src/engine/history';
import type { Scenario } from '../../src/engine/schema';
import type { SessionView } from '../../src/engine/view-types';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { mustLoad } from '../engine/fixtures';

/**
 * One transcript per role: the role played along its main line (the historical choice at each
 * decision, else the assumed one, each marked as such), rendered as plain text and
 * kept beside this test, so that any change to the scenario's text shows up as a readable diff.
 */
const scenarioFolder = join(import.meta.dirname, '..', '..', 'scenarios', 'equation-group');

const HISTORY_MARK = {
  historical: 'the source says this was done',
  assumed: 'assumed by the scenario; the source does not say',
  none: 'the source does not say',
} as const;

function transcript(scenario: Scenario, roleId: string): string {
  const session = createSession(scenario);
  const lines: string[] = [];
  const say = (...more: string[]) => lines.push(...more, '');
  expect(session.start({ role: roleId }, { at: 0 }).ok).toBe(true);
  let view: SessionView = session.view();
  if (view.phase === 'rejoin') {
    say('REJOIN HISTORY', view.rejoin?.text ?? '');
    expect(session.rejoinHistory({ at: 0 }).ok).toBe(true);
    view = session.view();
  }
  say(`# ${view.role?.name ?? roleId}`, view.role?.briefing ?? '');
  for (let step = 0; view.phase === 'beat' && step < 50; step += 1) {
    const beat = view.beat;
    say(`## ${beat?.title ?? ''}`, beat?.text ?? '');
    for (const inject of view.injects) say(`NEWS: ${inject.headline}`, inject.text);
    if (view.canContinue) {
      expect(session.continue({ at: 0 }).ok).toBe(true);
    } else {
      const role = scenario.roles.find((r) => r.id === roleId);
      const choices = role?.beats.find((b) => b.id === beat?.id)?.decision?.choices ?? [];
      const available = new Set(view.choices.map((c) => c.id));
      const chosen =
        choices.find((c) => c.historical && available.has(c.id)) ??
        choices.find((c) => c.assumed && available.has(c.id)) ??
        choices.find((c) => available.has(c.id));
      const mark = chosen ? HISTORY_MARK[historyOf(chosen) ?? 'none'] : '';
      say(
        `> ${beat?.prompt ?? ''}`,
        ...view.choices.map(
          (c) =>
            `  ${c.index + 1}. ${c.label}${c.id === chosen?.id ? `   <- chosen (${mark})` : ''}`,
        ),
      );
      expect(session.choose(chosen?.id ?? '', { at: 0 }).ok).toBe(true);
      const outcome = session.view().lastOutcome;
      if (outcome)
        say(
          `[${outcome.status}] ${outcome.text}`,
          ...outcome.sources.map((s) => `  "${s.quote}" (${s.attribution})`),
        );
    }
    view = session.view();
  }
  expect(view.phase).toBe('ending');
  say(
    `# Ending: ${view.ending?.title ?? ''} (${HISTORY_MARK[view.ending?.history ?? 'none']})`,
    view.ending?.debrief ?? '',
    'What really happened:',
    view.ending?.reality.text ?? '',
  );
  return lines.join('\n');
}

describe('Equation Group transcripts (the main line of each role)', async () => {
  const scenario = mustLoad(await readScenarioFolder(scenarioFolder));
  for (const role of scenario.roles) {
    it(`${role.id} reads as before`, async () => {
      await expect(transcript(scenario, role.id)).toMatchFileSnapshot(`transcripts/${role.id}.txt`);
    });
  }
});
