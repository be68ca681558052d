import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import { fixtureFiles, mustLoad, shippedTargets, worded } from './fixtures';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';

/** 1-based line of the first occurrence of `snippet` in the fixture's text. */
function lineOf(files: ScenarioFileInput[], snippet: string): number {
  const text = files[0]?.text ?? '';
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`snippet '${snippet}' not in ${files[0]?.path ?? ''}`);
  return text.slice(0, at).split('\n').length;
}

/** One fixture per rule of the before-and-after check, each refused with file, line and words. */
const refusals = [
  {
    fixture: 'assessment-answer-not-an-option.yaml',
    code: 'answer-not-an-option',
    path: 'roles.solo.assessment.knowledge.which-way.answer',
    at: 'answer: lefft',
    says: "the answer of knowledge item 'which-way' of role 'solo' is 'lefft', which is not one of its options; did you mean 'left'?",
  },
  {
    fixture: 'assessment-uncited.yaml',
    code: 'uncited',
    path: 'roles.solo.assessment.knowledge.which-way',
    at: '- id: which-way',
    says: "knowledge item 'which-way' of role 'solo' cites no source: a right answer must be one the source settles",
  },
  {
    fixture: 'assessment-objective-out-of-range.yaml',
    code: 'objective-out-of-range',
    path: 'roles.solo.assessment.judgement.ask-first.objective',
    at: 'objective: 3',
    says: "judgement item 'ask-first' of role 'solo' measures objective 3, but there are 2 learning objectives for role 'solo': use 1 to 2",
  },
  {
    fixture: 'assessment-size.yaml',
    code: 'assessment-size',
    path: 'roles.solo.assessment',
    at: 'knowledge:',
    says: "the assessment of role 'solo' has 2 items; give it 3 to 5",
  },
  {
    fixture: 'assessment-judgement-with-options.yaml',
    code: 'unknown-key',
    path: 'roles.solo.assessment.judgement.ask-first.options',
    at: 'options: [{ id: yes',
    says: "unknown key 'options' (allowed here: id, objective, statement)",
  },
  {
    fixture: 'assessment-dangling-cite.yaml',
    code: 'dangling-reference',
    path: 'roles.solo.assessment.knowledge.which-way.cites[0]',
    at: 'cites: [s-on]',
    says: "knowledge item 'which-way' of role 'solo' names source 's-on', which does not exist; did you mean 's-one'?",
  },
  {
    fixture: 'assessment-duplicate-option.yaml',
    code: 'duplicate-id',
    path: 'roles.solo.assessment.knowledge.which-way.options[1].id',
    at: '{ id: left, label: Right }',
    says: "the id 'left' is used by more than one option of knowledge item 'which-way' of role 'solo'",
  },
];

describe('the assessment rules refuse, naming file, line and what is wrong', () => {
  for (const r of refusals)
    it(`${r.code}: ${r.fixture}`, async () => {
      const files = await fixtureFiles(join('refused', r.fixture));
      const loaded = loadScenario(files);
      expect(loaded.ok).toBe(false);
      if (loaded.ok) return;
      expect(worded(loaded.errors)).toEqual([
        expect.objectContaining({
          file: files[0]?.path,
          line: lineOf(files, r.at),
          code: r.code,
          path: r.path,
          message: expect.stringContaining(r.says) as unknown,
        }),
      ]);
    });

  it('lets a fictional scenario settle a knowledge answer without cites', async () => {
    const files = await fixtureFiles(join('refused', 'assessment-uncited.yaml'));
    const text = (files[0]?.text ?? '').replace(
      'estimatedMinutes: 1',
      'estimatedMinutes: 1\nfictional: true',
    );
    expect(mustLoad([{ path: files[0]?.path ?? '', text }]).roles[0]?.assessment).toBeDefined();
  });

  it('every role of the shipped scenarios has a check of 3 to 5 items', async () => {
    for (const target of shippedTargets()) {
      const scenario = mustLoad(await readScenarioFolder(target.path));
      for (const role of scenario.roles) {
        const a = role.assessment;
        const count = (a?.knowledge?.length ?? 0) + (a?.judgement?.length ?? 0);
        expect(count, `${target.name} ${role.id}`).toBeGreaterThanOrEqual(3);
        expect(count, `${target.name} ${role.id}`).toBeLessThanOrEqual(5);
      }
    }
  });
});
