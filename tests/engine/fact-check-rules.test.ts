import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import { FIXTURES, fixtureFiles, mustLoad, worded } from './fixtures';

/** 1-based line of the first occurrence of `snippet` in the fixture's text. */
function lineOf(files: ScenarioFileInput[], snippet: string): number {
  const text = files[0]?.text ?? '';
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`snippet '${snippet}' not in ${files[0]?.path ?? ''}`);
  return text.slice(0, at).split('\n').length;
}

interface Refusal {
  fixture: string;
  code: string;
  path: string;
  /** A snippet on the line the error must point at. */
  at: string;
  says: string;
  source?: string;
}

/** One fixture per rule of the honest-history model, each refused with file, line and words. */
const refusals: Refusal[] = [
  {
    fixture: 'history-both.yaml',
    code: 'history-both',
    path: 'roles.solo.beats.choose.decision.choices.left.assumed',
    at: 'assumed: true',
    says: "choice 'left' of beat 'choose' (role 'solo') is marked both 'historical' and 'assumed'",
  },
  {
    fixture: 'historical-choice-unsupported.yaml',
    code: 'historical-without-support',
    path: 'roles.solo.beats.choose.decision.choices.left.outcome.status',
    at: 'status: opinion',
    says: "is marked historical, but its outcome's status is 'opinion': a historical choice needs an outcome whose status is reported, claimed or alleged",
  },
  {
    fixture: 'historical-ending-uncited.yaml',
    code: 'historical-without-support',
    path: 'roles.solo.endings.left-end.reality',
    at: 'reality: { text: Left happened. }',
    says: "ending 'left-end' of role 'solo' is marked historical, but its reality cites no source",
  },
  {
    fixture: 'invented-quote.yaml',
    code: 'invented-quote',
    path: 'roles.solo.beats.choose.text',
    at: 'text: >-',
    says: "beat 'choose' puts “never go right.” in quotation marks, but no source of the scenario says it",
  },
  {
    fixture: 'quote-not-in-source.yaml',
    source: 'quote-source.txt',
    code: 'quote-not-in-source',
    path: 'sources.s-two.quote',
    at: "quote: 'The stick was blue.'",
    says: "the quote of source 's-two' (“The stick was blue.”) is not in the source text word for word",
  },
  {
    fixture: 'variant-unknown-fact.yaml',
    code: 'dangling-reference',
    path: 'roles.solo.beats.choose.variants[0].when.fact',
    at: 'door-opened',
    says: "variant 1 of beat 'choose' names fact 'door-opened', which does not exist; did you mean 'door-open'?",
  },
  {
    fixture: 'role-variant-own-fact.yaml',
    code: 'variant-reads-own-world',
    path: 'roles.solo.variants[0].when',
    at: 'when: { fact: went-left, is: true }',
    says: "a variant of role 'solo' reads fact 'went-left', which the role itself changes",
  },
  {
    fixture: 'accuracy-unknown-role.yaml',
    code: 'dangling-reference',
    path: 'accuracy.roles[0].role',
    at: 'role: sole',
    says: "an accuracy note names role 'sole', which does not exist; did you mean 'solo'?",
  },
];

describe('the fact-check rules refuse, naming file, line and what is wrong', () => {
  for (const r of refusals)
    it(`${r.code}: ${r.fixture}`, async () => {
      const files = await fixtureFiles(join('refused', r.fixture));
      const source = r.source && readFileSync(join(FIXTURES, 'refused', r.source), 'utf8');
      const loaded = loadScenario(files, source ? { source } : {});
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

  it('lets choice labels and what-if outcomes quote the player, and quotes verbatim in a source', async () => {
    const files = await fixtureFiles(join('refused', 'invented-quote.yaml'));
    const loaded = loadScenario(files);
    // The label "I go right", the what-if "right is better" and “go left, now” (in the source) pass.
    expect(loaded.ok ? [] : worded(loaded.errors).map((e) => e.message)).toEqual([
      expect.stringContaining('“never go right.”'),
    ]);
  });

  it('matches quotes in the source through curly quotes, dashes and spacing', async () => {
    const files = await fixtureFiles(join('refused', 'quote-not-in-source.yaml'));
    const source = readFileSync(join(FIXTURES, 'refused', 'quote-source.txt'), 'utf8');
    const errors = (r: ReturnType<typeof loadScenario>) => (r.ok ? [] : r.errors);
    expect(errors(loadScenario(files, { source })).map((e) => e.path)).toEqual([
      'sources.s-two.quote',
    ]);
    expect(errors(loadScenario(files))).toEqual([]); // without a source file, nothing to match
  });

  it('exempts a fictional scenario from quoted speech', async () => {
    const files = await fixtureFiles(join('refused', 'invented-quote.yaml'));
    const text = (files[0]?.text ?? '').replace(
      'estimatedMinutes: 1',
      'estimatedMinutes: 1\nfictional: true',
    );
    expect(mustLoad([{ path: files[0]?.path ?? '', text }]).fictional).toBe(true);
  });
});
