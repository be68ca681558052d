import type { Part } from './problem-codes';
import { problem, type ProblemMessage } from './problem-message';
import { isQuotedIn, normalizeQuoteText, normalizeSourceQuote, quotedPassages } from './quote-text';
import type { Role, Scenario } from './schema';

type Path = (string | number)[];
type Err = (path: Path, code: string, message: ProblemMessage) => void;

const QUOTE_MARK = /["“„]/;

/**
 * No invented speech: every passage in quotation marks in a text the game presents as real must be
 * verbatim in some `quote` of the scenario's sources, or in a translated scenario in some source's
 * `translation` (the words the game labels as its translation). Choice labels and what-if outcomes
 * are the player's words; a fictional scenario has no real people to misquote.
 */
export function validateQuotedSpeech(s: Scenario, err: Err): void {
  if (s.fictional) return;
  let quotes: string | undefined; // made on the first quoted passage: most texts quote nobody
  s.roles.forEach((r, ri) =>
    textsPresentedAsReal(r).forEach(({ path, what, text }) => {
      if (!QUOTE_MARK.test(text)) return;
      quotes ??= (s.sources ?? [])
        .flatMap((x) => [x.quote, x.translation ?? ''])
        .map(normalizeSourceQuote)
        .join('\n');
      for (const passage of quotedPassages(text))
        if (!isQuotedIn(passage, quotes))
          err(
            ['roles', ri, ...path],
            'invented-quote',
            problem('scenarioRules.inventedQuote', { what, passage }),
          );
    }),
  );
}

/** Every `quote` is verbatim in the given source text (same normalisation as the team's tool). */
export function validateQuotesInSource(s: Scenario, sourceText: string, err: Err): void {
  const source = normalizeQuoteText(sourceText);
  (s.sources ?? []).forEach((x, i) => {
    if (!source.includes(normalizeSourceQuote(x.quote)))
      err(
        ['sources', i, 'quote'],
        'quote-not-in-source',
        problem('scenarioRules.quoteNotInSource', { source: x.id, excerpt: excerpt(x.quote) }),
      );
  });
}

function excerpt(quote: string): string {
  const flat = normalizeQuoteText(quote);
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/** The texts of a role the game shows as real, each with its path inside the role. */
function textsPresentedAsReal(r: Role): { path: Path; what: Part; text: string }[] {
  const out: { path: Path; what: Part; text: string }[] = [];
  const add = (path: Path, what: Part, text: string | undefined): void =>
    void (text !== undefined && out.push({ path, what, text }));
  const role = { role: r.id };
  const nth = (i: number): string => `${i + 1}`;
  add(['briefing'], problem('scenarioParts.briefing', role), r.briefing);
  r.variants?.forEach((v, i) =>
    add(
      ['variants', i, 'briefing'],
      problem('scenarioParts.briefingVariant', { number: nth(i), ...role }),
      v.briefing,
    ),
  );
  const rejoin = r.rejoinHistory;
  add(['rejoinHistory', 'text'], problem('scenarioParts.rejoinHistory', role), rejoin?.text);
  rejoin?.variants?.forEach((v, i) =>
    add(
      ['rejoinHistory', 'variants', i, 'text'],
      problem('scenarioParts.rejoinVariant', { number: nth(i), ...role }),
      v.text,
    ),
  );
  r.injects?.forEach((inj, i) => {
    const inject = { inject: inj.id };
    add(['injects', i, 'headline'], problem('scenarioParts.injectHeadline', inject), inj.headline);
    add(['injects', i, 'text'], problem('scenarioParts.inject', inject), inj.text);
  });
  r.beats.forEach((b, bi) => {
    const beat = { beat: b.id };
    add(['beats', bi, 'text'], problem('scenarioParts.beat', beat), b.text);
    b.variants?.forEach((v, i) =>
      add(
        ['beats', bi, 'variants', i, 'text'],
        problem('scenarioParts.beatVariant', { number: nth(i), ...beat }),
        v.text,
      ),
    );
    b.decision?.choices.forEach((c, ci) => {
      if (c.outcome && c.outcome.status !== 'what-if')
        add(
          ['beats', bi, 'decision', 'choices', ci, 'outcome', 'text'],
          problem('scenarioParts.outcomeOf', {
            of: problem('scenarioParts.choice', { choice: c.id, ...beat }),
          }),
          c.outcome.text,
        );
    });
  });
  r.endings.forEach((e, ei) => {
    const ending = { ending: e.id };
    add(['endings', ei, 'debrief'], problem('scenarioParts.debrief', ending), e.debrief);
    e.variants?.forEach((v, i) =>
      add(
        ['endings', ei, 'variants', i, 'debrief'],
        problem('scenarioParts.debriefVariant', { number: nth(i), ...ending }),
        v.debrief,
      ),
    );
    add(
      ['endings', ei, 'reality', 'text'],
      problem('scenarioParts.reality', ending),
      e.reality.text,
    );
  });
  r.assessment?.knowledge?.forEach((k, i) =>
    add(
      ['assessment', 'knowledge', i, 'explain'],
      problem('scenarioParts.explanation', { item: k.id }),
      k.explain,
    ),
  );
  return out;
}
