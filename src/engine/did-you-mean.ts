/** Levenshtein distance between two strings (two-row dynamic programming). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * "; did you mean 'x'?" for the nearest candidate (edit distance within 40% of the word's length,
 * or one word containing the other), else "".
 */
export function didYouMean(wrong: string, candidates: Iterable<string>): string {
  const limit = Math.max(2, Math.floor(wrong.length * 0.4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const contains = wrong.length >= 3 && (candidate.includes(wrong) || wrong.includes(candidate));
    if (!contains && Math.abs(candidate.length - wrong.length) > limit) continue;
    const d = editDistance(wrong, candidate);
    if ((d <= limit || contains) && d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : `; did you mean '${best}'?`;
}
