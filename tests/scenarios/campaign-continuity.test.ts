import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { edit, fixtureFiles, mustLoad } from '../engine/fixtures';
import { contradictions, unguardedTexts, type Presupposition } from './continuity-check';

const told = { fact: 'told', is: true } as const;
/** The fixture's table: what its texts may only say when the finder told the desk, or kept the stick. */
const FIXTURE_TABLE: Presupposition[] = [
  { phrase: /finder told you|finder is on the phone/i, presupposes: told },
  { phrase: /nobody has told you/i, presupposes: { fact: 'told', is: false } },
  { phrase: /still has the stick/i, presupposes: { fact: 'stick-kept', is: true } },
];

describe('the continuity check itself', async () => {
  const files = await fixtureFiles('continuity.yaml');

  it('passes a campaign whose later texts follow the world through variants', () => {
    const s = mustLoad(files);
    expect(contradictions(s, FIXTURE_TABLE)).toEqual([]);
    expect(unguardedTexts(s, FIXTURE_TABLE)).toEqual([]);
  });

  it('fails a later text that states what an earlier role may not have done', () => {
    const broken = mustLoad(
      edit(
        files,
        'continuity.yaml',
        /briefing: Nobody has told you about the stick\.\n(.*\n){4}/,
        'briefing: The finder told you about the stick, so you know.\n',
      ),
    );
    const found = contradictions(broken, FIXTURE_TABLE);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`role 'desk', briefing: says "finder told you"`);
    expect(found[0]).toContain('told false');
    expect(unguardedTexts(broken, FIXTURE_TABLE)).toEqual([
      `role 'desk', briefing: says "finder told you", which depends on 'told' (set by an earlier role), but no condition on it guards the text`,
    ]);
  });

  it('flags a variant that is right only by coincidence: guarded by another fact', () => {
    const broken = mustLoad(
      edit(
        files,
        'continuity.yaml',
        `      - when: { fact: told, is: true }
        briefing:`,
        `      - when: { fact: stick-kept, is: false }
        briefing:`,
      ),
    );
    // Here keeping the stick and telling exclude each other, so no world shows a false line…
    expect(contradictions(broken, FIXTURE_TABLE)).toEqual([]);
    // …but the texts speak of telling, and nothing about telling decides which one shows.
    expect(unguardedTexts(broken, FIXTURE_TABLE)).toEqual([
      `role 'desk', briefing: says "Nobody has told you", which depends on 'told' (set by an earlier role), but no condition on it guards the text`,
      `role 'desk', briefing variant 1: says "finder told you", which depends on 'told' (set by an earlier role), but no condition on it guards the text`,
    ]);
  });
});

/**
 * What the Equation Group texts may only say in some worlds, written from the contradictions the
 * fact-check (issue 10) found when the roles are played as a campaign, and from the hand-overs
 * between roles. Each line: a phrase, and what must be true wherever a shown text says it.
 */
const EQUATION_GROUP_TABLE: Presupposition[] = [
  // The analysts' texts said "the CEO never hears of it", then the CEO role opened with them at his door.
  {
    roles: ['ceo'],
    phrase: /analysts? (is|are) at your door|analysts? (walk|walked|come|came) into your office/i,
    presupposes: { fact: 'reported-to-ceo', is: true },
  },
  {
    phrase: /\bCEO never (hears|heard|learns|learned) of it|never reaches the CEO/i,
    presupposes: { fact: 'reported-to-ceo', is: false },
  },
  // The CEO was told "you told US authorities" when the analysts had.
  {
    roles: ['ceo'],
    phrase: /(?<!whether )\byou (told|alerted|warned) (the )?(US|U\.S\.|American|NSA)/i,
    presupposes: { fact: 'reported-to-us', is: true },
  },
  {
    roles: ['ceo'],
    phrase: /\banalysts (have )?(already )?(told|alerted|warned) (the )?(US|U\.S\.|American|NSA)/i,
    presupposes: { fact: 'analysts-alerted-us', is: true },
  },
  {
    roles: ['investigator'],
    phrase: /\bthe vendor (told|alerted|warned) (you|us|the US|US authorities)/i,
    presupposes: { fact: 'reported-to-us', is: true },
  },
  // "The order is now policy" even where the CEO kept it unwritten.
  {
    phrase:
      /\b(order|rule) is now (written |company )*policy|\bnow (written into|in) (company )?policy/i,
    presupposes: { fact: 'policy-written', is: true },
  },
  {
    phrase: /\bno written policy|never written (down|into)/i,
    presupposes: { fact: 'policy-written', is: false },
  },
  // The CEO's delete wiped the analysts' secret copy that "outlives any order".
  {
    phrase:
      /\b(every|each|all) cop(y|ies) (is|are|was|were) (gone|deleted|wiped|destroyed)|\bno copy (is left|remains|survives)/i,
    presupposes: { fact: 'secret-copy-kept', is: false },
  },
  {
    phrase: /\bsecret copy|offline vault|outlives any order/i,
    presupposes: { fact: 'secret-copy-kept', is: true },
  },
  // Hand-overs: what the contractor and the analysts left behind.
  {
    roles: ['analysts', 'ceo', 'investigator'],
    phrase: /\b(archive|files?) (was|were|is|are) (sent|uploaded) to Moscow/i,
    presupposes: { fact: 'cache-on-vendor-servers', is: true },
  },
  {
    roles: ['ceo', 'investigator'],
    phrase: /\b(deleted|wiped) (it|the archive|the files) (without opening|unopened|unread)/i,
    presupposes: { fact: 'archive-deleted-unopened', is: true },
  },
  {
    roles: ['investigator'],
    phrase: /\b(home computer|machine) (was|has been|is) wiped/i,
    presupposes: { fact: 'home-computer-wiped', is: true },
  },
  {
    roles: ['investigator'],
    phrase: /\breported the spill|came forward/i,
    presupposes: { fact: 'contractor-reported-spill', is: true },
  },
];

describe('Equation Group campaign continuity', async () => {
  const folder = join(import.meta.dirname, '..', '..', 'scenarios', 'equation-group');
  const s = mustLoad(await readScenarioFolder(folder));

  // Exploring every campaign world takes seconds, and longer on a loaded machine.
  it('shows no text, at any role boundary and after it, that the world it is shown in contradicts', () => {
    expect(contradictions(s, EQUATION_GROUP_TABLE)).toEqual([]);
  }, 60_000);

  it('guards every text that depends on an earlier role with a condition on that fact', () => {
    expect(unguardedTexts(s, EQUATION_GROUP_TABLE)).toEqual([]);
  });
});
