import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { historicalPath } from '../../src/engine/historical-path';
import type { Scenario } from '../../src/engine/schema';
import type { LogEntry } from '../../src/engine/session-types';
import { buildWhoKnewWhat, whoKnewWhatMarkdown } from '../../src/facilitation/who-knew-what';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
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

// The contractor takes the code home and pirates Office, then confesses instead of scanning.
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
      ['analysts', 'history'],
      ['ceo', 'history'],
      ['investigator', 'history'],
    ]);
    expect(model.moments).toEqual(scenario.timeline);
  });

  it('draws the played contractor from the log: beats, moments, what it knew and chose', () => {
    const [contractor] = model.lanes;
    expect(contractor?.cells.map((c) => [c.beat, c.moment, c.chose])).toEqual([
      ['the-deadline', 'code-goes-home', 'Copy the work and finish it at home'],
      ['the-home-computer', 'code-goes-home', 'Leave it on; it protects the machine'],
      ['the-office-suite', 'code-goes-home', 'Install the pirated copy tonight'],
      ['acting-up', 'scans-and-alert', "Call your agency's security office and confess"],
    ]);
    const actingUp = beatOf('contractor', 'acting-up');
    expect(contractor?.cells[3]).toMatchObject({
      beatTitle: actingUp?.title,
      knew: actingUp?.knows,
      didNotKnow: actingUp?.doesNotKnow,
    });
  });

  it('shows what history chose only where the room left it', () => {
    const [contractor] = model.lanes;
    expect(contractor?.cells.map((c) => c.historically)).toEqual([
      undefined,
      undefined,
      undefined,
      'Run the anti-virus scan',
    ]);
  });

  it('draws the roles nobody played from their historical paths', () => {
    for (const lane of model.lanes.slice(1)) {
      const role = scenario.roles.find((r) => r.id === lane.role);
      expect(role).toBeDefined();
      if (!role) continue;
      expect(lane.cells.map((c) => c.beat)).toEqual(historicalPath(role).steps.map((s) => s.beat));
      expect(lane.cells.every((c) => c.historically === undefined)).toBe(true);
    }
    const ceo = model.lanes[2];
    expect(ceo?.cells.map((c) => c.moment)).toEqual([
      'ceos-office',
      'ceos-office',
      'afterwards',
      'warnings-and-blacklist',
      'warnings-and-blacklist',
      'story-breaks',
      'story-breaks',
    ]);
    expect(ceo?.cells[1]?.chose).toBe('"It must be deleted."');
  });

  it('includes the beat a run is still at, with no choice yet', () => {
    const partial = buildWhoKnewWhat(scenario, [contractorLog.slice(0, 3)]);
    expect(partial.lanes[0]?.cells.map((c) => [c.beat, c.chose])).toEqual([
      ['the-deadline', 'Copy the work and finish it at home'],
      ['the-home-computer', 'Leave it on; it protects the machine'],
      ['the-office-suite', undefined],
    ]);
  });

  it('reads every role of a campaign log, and takes the last run of a role played twice', () => {
    const campaign = play({ campaign: true }, [
      ...['take-it-home', 'keep-the-av', 'pirate-it', 'run-scans', 'scan-again', 'continue'],
      ...['next-role', 'delete-unopened'],
    ]);
    const both = buildWhoKnewWhat(scenario, [contractorLog, campaign]);
    expect(both.lanes.map((l) => l.source)).toEqual(['room', 'room', 'history', 'history']);
    expect(both.lanes[0]?.cells.map((c) => c.beat)).toContain('the-reports');
    expect(both.lanes[1]?.cells.map((c) => [c.beat, c.historically])).toEqual([
      ['the-alert', 'Open it in the lab and analyze it'],
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
      "| When | The contractor | The vendor's analysts (as it really happened) | The vendor's CEO (as it really happened) | The government investigator (as it really happened) |",
    );
    const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(1 + (scenario.timeline?.length ?? 0));
    expect(text).toContain(
      "**The computer is acting up**: chose “Call your agency's security office and confess” (historically “Run the anti-virus scan”)",
    );
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
