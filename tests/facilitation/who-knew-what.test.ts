import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { historicalPath } from '../../src/engine/historical-path';
import type { Scenario } from '../../src/engine/schema';
import type { LogEntry } from '../../src/engine/session-types';
import { buildWhoKnewWhat, whoKnewWhatMarkdown } from '../../src/facilitation/who-knew-what';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { sourceAccount } from '../../src/facilitation/history-compare';
import { historyOf } from '../../src/engine/history';
import { mustLoad, SCENARIOS } from '../engine/fixtures';

const scenario = mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));

/** A log of one role (or the campaign) played with the given choice ids, in order. */
function play(how: { role: string } | { campaign: true }, steps: readonly string[]): LogEntry[] {
  const session = createSession(scenario);
  let at = 1;
  expect(session.start(how, { at: at++ })).toEqual({ ok: true });
  for (const step of steps) {
    const result =
      step === 'continue'
        ? session.continue({ at: at++ })
        : step === 'next-role'
          ? session.nextRole({ at: at++ })
          : session.choose(step, { at: at++ });
    expect(result, step).toEqual({ ok: true });
  }
  return session.log();
}

const beatOf = (role: string, beat: string) =>
  scenario.roles.find((r) => r.id === role)?.beats.find((b) => b.id === beat);
const labelOf = (role: string, beat: string, choice: string) =>
  beatOf(role, beat)?.decision?.choices.find((c) => c.id === choice)?.label;

// The contractor takes the code home and pirates Office, then reports the spill instead of scanning.
const contractorLog = play({ role: 'contractor' }, [
  'take-it-home',
  'keep-the-av',
  'pirate-it',
  'call-security',
]);

describe('buildWhoKnewWhat on the Equation Group scenario', () => {
  const model = buildWhoKnewWhat(scenario, [contractorLog]);

  it('has a lane per role in campaign order, and the timeline as moments', () => {
    expect(model.lanes.map((l) => [l.role, l.source])).toEqual([
      ['contractor', 'room'],
      ['analysts', 'main-line'],
      ['ceo', 'main-line'],
      ['investigator', 'main-line'],
    ]);
    expect(model.moments).toEqual(scenario.timeline);
  });

  it('draws the played contractor from the log: beats, moments, what it knew and chose', () => {
    const [contractor] = model.lanes;
    expect(contractor?.cells.map((c) => [c.beat, c.moment, c.chose])).toEqual([
      ['the-deadline', 'code-goes-home', labelOf('contractor', 'the-deadline', 'take-it-home')],
      [
        'the-home-computer',
        'code-goes-home',
        labelOf('contractor', 'the-home-computer', 'keep-the-av'),
      ],
      [
        'the-office-suite',
        'code-goes-home',
        labelOf('contractor', 'the-office-suite', 'pirate-it'),
      ],
      ['acting-up', 'scans-and-alert', labelOf('contractor', 'acting-up', 'call-security')],
    ]);
    const actingUp = beatOf('contractor', 'acting-up');
    expect(contractor?.cells[3]).toMatchObject({
      beatTitle: actingUp?.title,
      knew: actingUp?.knows,
      didNotKnow: actingUp?.doesNotKnow,
    });
  });

  it('names what the source says was done only where it says so and the room chose otherwise', () => {
    const [contractor] = model.lanes;
    for (const cell of contractor?.cells ?? []) {
      const account = sourceAccount(beatOf('contractor', cell.beat)?.decision);
      const differs = account.kind === 'historical' && account.label !== cell.chose;
      expect(cell.historically, cell.beat).toBe(
        differs && cell.chose !== undefined && account.kind === 'historical'
          ? account.label
          : undefined,
      );
    }
  });

  it('draws the roles nobody played from their main line, each choice marked by the source', () => {
    for (const lane of model.lanes.slice(1)) {
      const role = scenario.roles.find((r) => r.id === lane.role);
      expect(role).toBeDefined();
      if (!role) continue;
      const steps = historicalPath(role).steps;
      expect(lane.cells.map((c) => c.beat)).toEqual(steps.map((s) => s.beat));
      expect(lane.cells.every((c) => c.historically === undefined)).toBe(true);
      for (const [i, cell] of lane.cells.entries()) {
        const choice = role.beats
          .find((b) => b.id === cell.beat)
          ?.decision?.choices.find((c) => c.id === steps[i]?.choice);
        expect(cell.choseHistory, cell.beat).toBe(choice ? historyOf(choice) : undefined);
      }
    }
    const ceo = model.lanes[2];
    const ceoRole = scenario.roles.find((r) => r.id === 'ceo');
    const moments = scenario.timeline?.map((t) => t.id) ?? [];
    // Moments run forward in time along the lane, and start at the CEO's first beat's.
    const order = ceo?.cells.map((c) => moments.indexOf(c.moment)) ?? [];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(ceo?.cells[0]?.moment).toBe(ceoRole?.beats.find((b) => b.id === ceoRole.start)?.moment);
  });

  it('includes the beat a run is still at, with no choice yet', () => {
    const partial = buildWhoKnewWhat(scenario, [contractorLog.slice(0, 3)]);
    expect(partial.lanes[0]?.cells.map((c) => [c.beat, c.chose])).toEqual([
      ['the-deadline', labelOf('contractor', 'the-deadline', 'take-it-home')],
      ['the-home-computer', labelOf('contractor', 'the-home-computer', 'keep-the-av')],
      ['the-office-suite', undefined],
    ]);
  });

  it('reads every role of a campaign log, and takes the last run of a role played twice', () => {
    const campaign = play({ campaign: true }, [
      ...['take-it-home', 'keep-the-av', 'pirate-it', 'run-scans', 'scan-again', 'continue'],
      ...['next-role', 'delete-unopened'],
    ]);
    const both = buildWhoKnewWhat(scenario, [contractorLog, campaign]);
    expect(both.lanes.map((l) => l.source)).toEqual(['room', 'room', 'main-line', 'main-line']);
    expect(both.lanes[0]?.cells.map((c) => c.beat)).toContain('the-reports');
    const alert = sourceAccount(beatOf('analysts', 'the-alert')?.decision);
    expect(both.lanes[1]?.cells.map((c) => [c.beat, c.historically])).toEqual([
      ['the-alert', alert.kind === 'historical' ? alert.label : undefined],
    ]);
    const reversed = buildWhoKnewWhat(scenario, [campaign, contractorLog]);
    expect(reversed.lanes[0]?.cells.at(-1)?.beat).toBe('acting-up');
  });
});

describe('buildWhoKnewWhat without a timeline', () => {
  const untimed: Scenario = {
    ...scenario,
    timeline: undefined,
    roles: scenario.roles.map((r) => ({
      ...r,
      beats: r.beats.map((b) => ({ ...b, moment: undefined })),
    })),
  };

  it('falls back to step numbers, as many as the longest lane', () => {
    const model = buildWhoKnewWhat(untimed, [contractorLog]);
    const longest = Math.max(...model.lanes.map((l) => l.cells.length));
    expect(longest).toBe(7); // the CEO's historical path
    expect(model.moments.map((m) => m.label)).toEqual(
      Array.from({ length: longest }, (_, i) => `Step ${i + 1}`),
    );
    expect(model.lanes[0]?.cells.map((c) => c.moment)).toEqual([
      'step-1',
      'step-2',
      'step-3',
      'step-4',
    ]);
  });
});

describe('whoKnewWhatMarkdown', () => {
  it('writes a table with a row per moment and a column per lane, then what each knew', () => {
    const text = whoKnewWhatMarkdown(buildWhoKnewWhat(scenario, [contractorLog]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('## Who knew what, when');
    expect(lines).toContain(
      "| When | The contractor | The vendor's analysts (not played: the scenario’s main line) | The vendor's CEO (not played: the scenario’s main line) | The government investigator (not played: the scenario’s main line) |",
    );
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(1 + (scenario.timeline?.length ?? 0));
    const acting = sourceAccount(beatOf('contractor', 'acting-up')?.decision);
    expect(text).toContain(
      `**${beatOf('contractor', 'acting-up')?.title}**: chose “${labelOf('contractor', 'acting-up', 'call-security')}”` +
        (acting.kind === 'historical' ? ` (done, the source says: “${acting.label}”)` : ''),
    );
    expect(text).not.toMatch(/really happened|historically/i);
    expect(text).toContain("### Sometime in 2014: the CEO's office");
  });

  it('escapes HTML, pipes and Markdown marks in scenario text so they show as text', () => {
    const hostile = '<img src=x onerror=alert(1)> & a | b *c*';
    const model = buildWhoKnewWhat(scenario, [contractorLog]);
    const [first] = model.lanes;
    if (!first?.cells[0]) throw new Error('expected a first cell');
    first.roleName = hostile;
    first.cells[0].beatTitle = hostile;
    first.cells[0].knew = [hostile];
    const text = whoKnewWhatMarkdown(model);
    expect(text).not.toContain('<img');
    const escaped = '&lt;img src=x onerror=alert(1)&gt; &amp; a \\| b \\*c\\*';
    expect(text).toContain(`| When | ${escaped} |`);
    expect(text).toContain(`  - knew: ${escaped}`);
    // The escaped pipe does not add a column: every table row splits into the same cells.
    const columns = text
      .split('\n')
      .filter((l) => l.startsWith('| '))
      .map((l) => l.split(/(?<!\\)\|/).length);
    expect(new Set(columns).size).toBe(1);
  });
});
