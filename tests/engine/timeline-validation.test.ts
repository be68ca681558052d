import { describe, expect, it } from 'vitest';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import type { ScenarioError } from '../../src/engine/scenario-error';
import { edit, fixtureFiles, mustLoad, worded } from './fixtures';

const TIMELINE = [
  'timeline:',
  '  - id: morning',
  '    label: In the morning',
  '  - id: evening',
  '    label: In the evening',
  'sources:',
].join('\n');

/** The minimal fixture with a two-moment timeline, and its one beat placed at `moment`. */
async function withTimeline(moment: string, timeline = TIMELINE): Promise<ScenarioFileInput[]> {
  const files = edit(await fixtureFiles('minimal.yaml'), 'minimal.yaml', 'sources:', timeline);
  return edit(files, 'minimal.yaml', 'title: Choose', `title: Choose\n        moment: ${moment}`);
}

function errorsOf(files: ScenarioFileInput[]): ScenarioError[] {
  const r = loadScenario(files);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors;
}

describe('timeline and moment', () => {
  it('loads a beat that names a moment of the timeline', async () => {
    const scenario = mustLoad(await withTimeline('evening'));
    expect(scenario.timeline?.map((m) => m.id)).toEqual(['morning', 'evening']);
    expect(scenario.roles[0]?.beats[0]?.moment).toBe('evening');
  });

  it('refuses a moment missing from the timeline, with a "did you mean" and its line', async () => {
    const files = await withTimeline('evenin');
    const [error, ...rest] = worded(errorsOf(files));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      code: 'dangling-reference',
      path: 'roles.solo.beats.choose.moment',
      line: (files[0]?.text.split('\n').findIndex((l) => l.includes('moment: evenin')) ?? -2) + 1,
      message:
        "beat 'choose' of role 'solo' happens at moment 'evenin', which is not in the timeline; did you mean 'evening'?",
    });
  });

  it('refuses a moment when the scenario has no timeline', async () => {
    const files = edit(
      await fixtureFiles('minimal.yaml'),
      'minimal.yaml',
      'title: Choose',
      'title: Choose\n        moment: morning',
    );
    expect(worded(errorsOf(files)).map((e) => [e.code, e.message])).toEqual([
      [
        'dangling-reference',
        "beat 'choose' of role 'solo' happens at moment 'morning', which is not in the timeline; the scenario has no 'timeline' to name it in",
      ],
    ]);
  });

  it('refuses a timeline that uses an id twice', async () => {
    const twice = TIMELINE.replace('id: evening', 'id: morning');
    const errors = errorsOf(await withTimeline('morning', twice));
    expect(worded(errors).map((e) => [e.code, e.path, e.message])).toEqual([
      [
        'duplicate-id',
        'timeline[1].id',
        "the id 'morning' is used by more than one timeline moment",
      ],
    ]);
  });

  it('refuses an empty timeline and a moment without a label', async () => {
    const empty = errorsOf(await withTimeline('morning', 'timeline: []\nsources:'));
    expect(empty.map((e) => e.path)).toContain('timeline');
    const unlabelled = TIMELINE.replace('    label: In the evening\n', '');
    const missing = errorsOf(await withTimeline('morning', unlabelled));
    expect(missing.map((e) => [e.code, e.path])).toEqual([['missing-key', 'timeline.evening']]);
  });
});
