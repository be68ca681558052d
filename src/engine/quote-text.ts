// The one normalisation for comparing quoted words with a source, the same as the team's
// check-quotes tool: curly quotes made straight, en and em dashes made hyphens, runs of
// whitespace made one space, ends trimmed.

/** A text normalised for verbatim comparison. */
export function normalizeQuoteText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A source `quote` as it is looked up in a source file: normalised, one pair of outer quotes dropped. */
export function normalizeSourceQuote(quote: string): string {
  return normalizeQuoteText(quote.replace(/^["']|["']$/g, ''));
}

/**
 * Every passage a text puts in double quotation marks ("…", “…”, or German „…“), as written.
 * German marks are taken first: their closing mark is the English opening one.
 */
export function quotedPassages(text: string): string[] {
  const out: string[] = [];
  const rest = text.replace(/„([^“”]*)[“”]/g, (_, inner: string) => {
    if (inner.trim()) out.push(inner.trim());
    return ' ';
  });
  for (const m of rest.matchAll(/“([^”]*)”|"([^"]*)"/g)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (inner) out.push(inner);
  }
  return out;
}

/**
 * Whether a quoted passage is verbatim in the normalised haystack. An ellipsis marks words left
 * out, so each part must be found; a closing comma or full stop inside the marks (the usual
 * typography) may be the writer's.
 */
export function isQuotedIn(passage: string, haystack: string): boolean {
  return passage
    .split(/…|\.\.\./)
    .map((part) => normalizeQuoteText(part))
    .filter((part) => part.length > 0)
    .every((part) => haystack.includes(part) || haystack.includes(part.replace(/[,.]$/, '')));
}
