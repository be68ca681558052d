import { describe, expect, it } from 'vitest';
import type { Scenario, Unnamed } from '../../src/engine/schema';
import { replay } from '../../src/engine/replay';
import { validateScenario } from '../../src/engine/validate-scenario';
import { scenarioAsPlanned, unnameScenario, unnameText } from '../../src/facilitation/unnamed';
import { equationGroup, playRun } from './sample-room-record';

const PAIRS: Unnamed[] = [
  { name: 'Kaspersky', as: 'the vendor' },
  { name: 'Eugene Kaspersky', as: "the vendor's CEO" },
  { name: 'Kaspersky Lab', as: 'the vendor' },
];

describe('unnameText', () => {
  it('replaces a longer name before its part, whatever the order of the list', () => {
    expect(unnameText('a call from Kaspersky Lab and from Eugene Kaspersky', PAIRS)).toBe(
      "a call from the vendor and from the vendor's CEO",
    );
  });

  it('keeps a possessive on the words that replace the name', () => {
    expect(unnameText("according to Kaspersky's timeline", PAIRS)).toBe(
      "according to the vendor's timeline",
    );
    expect(unnameText('Kaspersky Lab’s preliminary timeline', PAIRS)).toBe(
      'The vendor’s preliminary timeline',
    );
    expect(unnameText("from Eugene Kaspersky's account", PAIRS)).toBe(
      "from the vendor's CEO's account",
    );
  });

  it('replaces whole words only', () => {
    expect(unnameText('Kasperskyite, preKaspersky and Kaspersky2 stay', PAIRS)).toBe(
      'Kasperskyite, preKaspersky and Kaspersky2 stay',
    );
    expect(unnameText('by (Kaspersky), Kaspersky-made and Kaspersky.', PAIRS)).toBe(
      'by (the vendor), the vendor-made and the vendor.',
    );
  });

  it('follows case: a capital at a sentence’s start, capitals for capitals, names as written', () => {
    expect(unnameText('Kaspersky denied it. Kaspersky declined.', PAIRS)).toBe(
      'The vendor denied it. The vendor declined.',
    );
    expect(unnameText('KASPERSKY LAB ISSUES STATEMENT', PAIRS)).toBe('THE VENDOR ISSUES STATEMENT');
    expect(unnameText('see kaspersky.com', PAIRS)).toBe('see kaspersky.com');
  });

  it('brackets the words in a verbatim excerpt, never altering it silently', () => {
    expect(
      unnameText(
        "leaving code on a personal computer running Kaspersky's anti-virus software",
        PAIRS,
        { verbatim: true },
      ),
    ).toBe("leaving code on a personal computer running [the vendor's] anti-virus software");
    expect(
      unnameText('"It must be deleted," Kaspersky says he told them.', PAIRS, { verbatim: true }),
    ).toBe('"It must be deleted," [the vendor] says he told them.');
    expect(unnameText('Kaspersky was already on the trail', PAIRS, { verbatim: true })).toBe(
      '[The vendor] was already on the trail',
    );
  });

  it('brackets a name inside quotation marks in the scenario’s own words', () => {
    expect(unnameText('Kaspersky said: “Kaspersky Lab deletes such files.”', PAIRS)).toBe(
      'The vendor said: “[The vendor] deletes such files.”',
    );
    expect(unnameText('He said "the files of Kaspersky." Kaspersky left.', PAIRS)).toBe(
      'He said "the files of [the vendor]." The vendor left.',
    );
  });

  it('leaves the text alone without names to withhold', () => {
    expect(unnameText('Kaspersky', [])).toBe('Kaspersky');
  });
});

describe('unnameScenario', async () => {
  const scenario = await equationGroup();
  const unnamed = unnameScenario(scenario);
  const texts = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(texts)
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([key, inner]) => (key === 'unnamed' ? [] : texts(inner)))
          : [];

  it('leaves no name outside a bracket anywhere a person reads', () => {
    const outside = texts(unnamed).filter((text) =>
      /Kaspersky/.test(text.replace(/\[[^\]]*\]/g, '')),
    );
    expect(outside).toEqual([]);
  });

  it('keeps the citations: each excerpt the same but for its brackets, each date and source', () => {
    const sources = unnamed.sources ?? [];
    expect(sources.map((s) => s.id)).toEqual((scenario.sources ?? []).map((s) => s.id));
    for (const [i, source] of sources.entries()) {
      const original = scenario.sources?.[i];
      expect(source.attribution).toMatch(/2017\)$/);
      expect(source.attribution.includes('AP')).toBe(original?.attribution.includes('AP'));
      const outsideBrackets = source.quote.split(/\[[^\]]*\]/);
      for (const piece of outsideBrackets) expect(original?.quote).toContain(piece);
    }
    expect(sources.find((s) => s.id === 's-personal-computer')?.quote).toBe(
      "leaving what should have been closely guarded code on a personal computer running [the vendor's] anti-virus software",
    );
  });

  it('plays exactly as the scenario: same ids, same paths, still valid', () => {
    const log = playRun(scenario, { campaign: true });
    const replayed = replay(unnamed, log);
    expect(replayed.ok).toBe(true);
    // Its names are gone from its text, so the list of them is left out of the check.
    expect(validateScenario({ ...unnamed, unnamed: undefined })).toEqual([]);
  });

  it('is made once per scenario, and only when the plan withholds names', () => {
    expect(unnameScenario(scenario)).toBe(unnamed);
    const plan = {
      scenarioId: scenario.id,
      mode: 'campaign' as const,
      teams: [],
      budgetMinutes: 60,
    };
    expect(scenarioAsPlanned(scenario, plan)).toBe(scenario);
    expect(scenarioAsPlanned(scenario, { ...plan, unnamed: true })).toBe(unnamed);
    const without: Scenario = { ...scenario, unnamed: undefined };
    expect(scenarioAsPlanned(without, { ...plan, unnamed: true })).toBe(without);
  });
});
