import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/engine/check-scenario';
import { wordProblem } from '../../src/i18n/problem-words';
import { edit, fixtureFiles, mustLoad } from './fixtures';

describe('setting, sound and accent words', () => {
  it('the shipped-style fixture names only words the game knows', async () => {
    const report = checkScenario(mustLoad(await fixtureFiles('minimal.yaml')));
    expect(report.warnings).toEqual([]);
  });

  it('warns, without failing, on a setting, a sound, a home and an accent nobody maps', async () => {
    let files = await fixtureFiles('minimal.yaml');
    files = edit(
      files,
      'minimal.yaml',
      'setting: office',
      'setting: ceo-ofice\n        sound: klaxon',
    );
    files = edit(
      files,
      'minimal.yaml',
      /^(\s+)start: /m,
      '$1home: moon-base\n$1accent: mauve\n$1start: ',
    );
    const report = checkScenario(mustLoad(files));
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => w.code).sort()).toEqual([
      'unknown-accent',
      'unknown-setting',
      'unknown-setting',
      'unknown-sound',
    ]);
    const words = report.warnings.map((w) => ({ code: w.code, words: wordProblem(w.message) }));
    const setting = words.find((w) => w.words.includes("'ceo-ofice'"));
    expect(setting?.words).toMatch(/beat '.+' names the setting 'ceo-ofice'.*neutral room/);
    expect(words.find((w) => w.code === 'unknown-sound')?.words).toContain("'klaxon'");
  });
});
