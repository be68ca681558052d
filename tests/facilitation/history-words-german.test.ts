// The words about history in German, on the fixture history-words.test.ts uses: the three accounts
// keep their strength (the source says / the scenario assumes / the source does not say), and
// nothing the source does not report is said to have happened.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { loadScenario } from '../../src/engine/load-scenario';
import { buildReport } from '../../src/facilitation/after-action-report';
import { comparePath } from '../../src/facilitation/history-compare';
import { comparisonCell, pathVerdict, statusWords } from '../../src/facilitation/history-words';
import { formatMinutes } from '../../src/facilitation/plan-minutes';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { ROOM_RECORD_FORMAT, ROOM_RECORD_VERSION } from '../../src/facilitation/room-record';
import { setLanguage } from '../../src/i18n/translate';

const loaded = loadScenario([
  {
    path: 'history-marks.yaml',
    text: readFileSync(new URL('fixtures/history-marks.yaml', import.meta.url), 'utf8'),
  },
]);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const scenario = loaded.scenario;
const clerk = scenario.roles[0]!;

function play(choices: readonly string[]) {
  const session = createSession(scenario);
  let at = 1;
  session.start({ role: 'clerk' }, { at: at++ });
  for (const choice of choices) session.choose(choice, { at: at++ });
  return session;
}

describe('history in German', () => {
  // Test files share one module graph: every test here leaves the language as it found it.
  beforeEach(() => setLanguage('de'));
  afterEach(() => setLanguage('en'));

  it('words a status and each account as strongly as the English', () => {
    expect(statusWords('claimed')).toBe('behauptet: die Darstellung einer Seite, nicht bestätigt');
    const compared = comparePath(clerk, play(['bin-it', 'red', 'out']).view().ending!.playerPath);
    expect(compared.map((c) => comparisonCell(c.account, c.choice))).toEqual([
      '„File it“ wurde getan (behauptet)',
      'Sagt dazu nichts; das Szenario nimmt „Blue“ an',
      'Sagt dazu nichts',
    ]);
    expect(pathVerdict(compared, { roleHasHistoricalEnding: true }, 'you')).toEqual([
      'Bei der einen Entscheidung, zu der die Quelle sagt, was getan wurde, haben Sie anders entschieden.',
      'Bei den anderen 2 („The stamp“, „Lunch“) sagt die Quelle nicht, was getan wurde.',
      'Die Quelle berichtet ein anderes Ende: Dieses ist nicht eingetreten.',
    ]);
  });

  it('never says in the report that an assumed or unreported choice happened', () => {
    const report = buildReport(scenario, {
      format: ROOM_RECORD_FORMAT,
      version: ROOM_RECORD_VERSION,
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      plan: {
        scenarioId: scenario.id,
        mode: 'roles',
        teams: [{ role: 'clerk', team: 'Tisch 1' }],
        budgetMinutes: 30,
      },
      runs: [{ log: play(['file-it', 'blue', 'out']).log() }],
      startedAt: 0,
    });
    expect(report.roles[0]?.decisions.map((d) => d.history?.verdict)).toEqual([
      'Die Gruppe wählte, was laut Quelle getan wurde (behauptet: die Darstellung einer Seite, nicht bestätigt).',
      'Die Quelle sagt nicht, was hier getan wurde; das Szenario nimmt „Blue“ an.',
      'Die Quelle sagt nicht, was hier getan wurde.',
    ]);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('# Abschlussbericht: ');
    expect(markdown).not.toMatch(/geschah|passiert|tatsächlich/i);
  });

  it('writes minutes with a decimal comma', () => {
    expect([formatMinutes(7.5), formatMinutes(12)]).toEqual(['7,5', '12']);
  });
});
