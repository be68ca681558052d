// The words about history, on a fixture with one decision the source reports, one the scenario
// assumes and one nobody speaks to: no screen or report may say the last two "happened".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { loadScenario } from '../../src/engine/load-scenario';
import type { Scenario } from '../../src/engine/schema';
import { buildReport } from '../../src/facilitation/after-action-report';
import { comparePath, sourceAccount } from '../../src/facilitation/history-compare';
import { comparisonCell, pathVerdict } from '../../src/facilitation/history-words';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { ROOM_RECORD_FORMAT, ROOM_RECORD_VERSION } from '../../src/facilitation/room-record';
import { buildWhoKnewWhat, whoKnewWhatMarkdown } from '../../src/facilitation/who-knew-what';

const loaded = loadScenario([
  {
    path: 'history-marks.yaml',
    text: readFileSync(new URL('fixtures/history-marks.yaml', import.meta.url), 'utf8'),
  },
]);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const scenario: Scenario = loaded.scenario;
const clerk = scenario.roles[0]!;
const decisionOf = (beat: string) => clerk.beats.find((b) => b.id === beat)?.decision;

/** Plays the clerk with the given choices and returns the log. */
function play(choices: readonly string[]) {
  const session = createSession(scenario);
  let at = 1;
  expect(session.start({ role: 'clerk' }, { at: at++ })).toEqual({ ok: true });
  for (const choice of choices) expect(session.choose(choice, { at: at++ })).toEqual({ ok: true });
  return session;
}

describe('sourceAccount', () => {
  it('reads what the source says was done, what the scenario assumes, and silence', () => {
    expect(sourceAccount(decisionOf('file'))).toEqual({
      kind: 'historical',
      choice: 'file-it',
      label: 'File it',
      status: 'claimed',
    });
    expect(sourceAccount(decisionOf('stamp'))).toEqual({
      kind: 'assumed',
      choice: 'blue',
      label: 'Blue',
    });
    expect(sourceAccount(decisionOf('lunch'))).toEqual({ kind: 'silent' });
  });
});

describe('the debrief verdict', () => {
  it('compares only where the source says what was done, and names where it is silent', () => {
    const ending = play(['file-it', 'blue', 'in']).view().ending!;
    const verdict = pathVerdict(
      comparePath(clerk, ending.playerPath),
      { ...(ending.history ? { history: ending.history } : {}), roleHasHistoricalEnding: false },
      'you',
    );
    expect(verdict).toEqual([
      'At the one decision where the source says what was done, you chose the same.',
      'At the other 2 (“The stamp”, “Lunch”) the source does not say what was done.',
      'This ending is the scenario’s assumption: the source does not say how it ended.',
    ]);
  });

  it('says "otherwise" where the path differs from what the source reports', () => {
    const ending = play(['bin-it', 'red', 'out']).view().ending!;
    const compared = comparePath(clerk, ending.playerPath);
    expect(compared.map((c) => [c.beat, c.account.kind, c.matched])).toEqual([
      ['file', 'historical', false],
      ['stamp', 'assumed', false],
      ['lunch', 'silent', false],
    ]);
    expect(pathVerdict(compared, { roleHasHistoricalEnding: true }, 'the room')[0]).toBe(
      'At the one decision where the source says what was done, the room chose otherwise.',
    );
    expect(compared.map((c) => comparisonCell(c.account, c.choice))).toEqual([
      '“File it” was done (claimed)',
      'Does not say; the scenario assumes “Blue”',
      'Does not say',
    ]);
  });
});

describe('the report and the who-knew-what lanes', () => {
  const log = play(['file-it', 'blue', 'out']).log();
  const report = buildReport(scenario, {
    format: ROOM_RECORD_FORMAT,
    version: ROOM_RECORD_VERSION,
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
    plan: {
      scenarioId: scenario.id,
      mode: 'roles',
      teams: [{ role: 'clerk', team: 'Desk 1' }],
      budgetMinutes: 30,
    },
    runs: [{ log }],
    startedAt: 0,
  });

  it('words each decision by what the source says, and never says an assumed one happened', () => {
    const role = report.roles[0]!;
    expect(role.decisions.map((d) => d.history?.verdict)).toEqual([
      "The room chose what the source says was done (claimed: one party's account, not corroborated).",
      'The source does not say what was done here; the scenario assumes “Blue”.',
      'The source does not say what was done here.',
    ]);
    expect(role.ending?.verdict.at(-1)).toBe(
      'This ending is the scenario’s assumption: the source does not say how it ended.',
    );
    const markdown = reportMarkdown(report);
    expect(markdown).not.toMatch(/happened|historically/i);
    expect(markdown).toContain(
      '**The source:** The source does not say what was done here; the scenario assumes “Blue”.',
    );
  });

  it('marks each main-line choice of an unplayed role by what the source says', () => {
    const unplayed = buildWhoKnewWhat(scenario, []);
    expect(unplayed.lanes[0]?.source).toBe('main-line');
    expect(unplayed.lanes[0]?.cells.map((c) => [c.chose, c.choseHistory])).toEqual([
      ['File it', 'historical'],
      ['Blue', 'assumed'],
      [undefined, undefined],
    ]);
    const markdown = whoKnewWhatMarkdown(unplayed);
    expect(markdown).toContain('**The form**: “File it” (done, the source says)');
    expect(markdown).toContain(
      '**The stamp**: “Blue” (assumed by the scenario; the source does not say)',
    );
    expect(markdown).not.toMatch(/happened|historically/i);
  });
});
