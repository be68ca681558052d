import { isQuotedIn, normalizeQuoteText, normalizeSourceQuote, quotedPassages } from './quote-text';
import type { Role, Scenario } from './schema';

type Path = (string | number)[];
type Err = (path: Path, code: string, message: string) => void;

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
            `${what} puts “${passage}” in quotation marks, but no source of the scenario says it: quote a source's words verbatim, or drop the quotation marks and report the speech in your own words`,
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
        `the quote of source '${x.id}' (“${excerpt(x.quote)}”) is not in the source text word for word: copy it from the source exactly (only curly quotes, dashes and spacing may differ)`,
      );
  });
}

function excerpt(quote: string): string {
  const flat = normalizeQuoteText(quote);
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/** The texts of a role the game shows as real, each with its path inside the role. */
function textsPresentedAsReal(r: Role): { path: Path; what: string; text: string }[] {
  const out: { path: Path; what: string; text: string }[] = [];
  const add = (path: Path, what: string, text: string | undefined): void =>
    void (text !== undefined && out.push({ path, what, text }));
  add(['briefing'], `the briefing of role '${r.id}'`, r.briefing);
  r.variants?.forEach((v, i) =>
    add(['variants', i, 'briefing'], `variant ${i + 1} of role '${r.id}'s briefing`, v.briefing),
  );
  const rejoin = r.rejoinHistory;
  add(['rejoinHistory', 'text'], `the rejoinHistory of role '${r.id}'`, rejoin?.text);
  rejoin?.variants?.forEach((v, i) =>
    add(
      ['rejoinHistory', 'variants', i, 'text'],
      `variant ${i + 1} of the rejoinHistory of role '${r.id}'`,
      v.text,
    ),
  );
  r.injects?.forEach((inj, i) => {
    add(['injects', i, 'headline'], `the headline of inject '${inj.id}'`, inj.headline);
    add(['injects', i, 'text'], `inject '${inj.id}'`, inj.text);
  });
  r.beats.forEach((b, bi) => {
    add(['beats', bi, 'text'], `beat '${b.id}'`, b.text);
    b.variants?.forEach((v, i) =>
      add(['beats', bi, 'variants', i, 'text'], `variant ${i + 1} of beat '${b.id}'`, v.text),
    );
    b.decision?.choices.forEach((c, ci) => {
      if (c.outcome && c.outcome.status !== 'what-if')
        add(
          ['beats', bi, 'decision', 'choices', ci, 'outcome', 'text'],
          `the outcome of choice '${c.id}' of beat '${b.id}'`,
          c.outcome.text,
        );
    });
  });
  r.endings.forEach((e, ei) => {
    add(['endings', ei, 'debrief'], `the debrief of ending '${e.id}'`, e.debrief);
    e.variants?.forEach((v, i) =>
      add(
        ['endings', ei, 'variants', i, 'debrief'],
        `variant ${i + 1} of the debrief of ending '${e.id}'`,
        v.debrief,
      ),
    );
    add(['endings', ei, 'reality', 'text'], `the reality of ending '${e.id}'`, e.reality.text);
  });
  r.assessment?.knowledge?.forEach((k, i) =>
    add(['assessment', 'knowledge', i, 'explain'], `the explanation of item '${k.id}'`, k.explain),
  );
  return out;
}
