import { problem, type Hint } from './problem-message';

/** Words longer than this get no suggestion: an id that long is not a typo of another. */
const LONGEST_WORD = 64;
/** Most edits a suggestion may be away from the word. */
const MOST_EDITS = 8;
/** Edit-distance cells one suggestion may compute, so that a hostile file cannot make it slow. */
const CELL_BUDGET = 200_000;

/**
 * Levenshtein distance between two strings if it is at most `max`, else `max + 1`: only the band
 * of cells within `max` of the diagonal is computed, and the search stops once a row exceeds it.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let prev = new Array<number>(b.length + 1);
  let row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    row.fill(over);
    row[0] = i <= max ? i : over;
    let best = row[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      row[j] = Math.min(d, over);
      best = Math.min(best, row[j] as number);
    }
    if (best > max) return over;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length] as number, over);
}

/**
 * "; did you mean 'x'?" for the nearest candidate (edit distance within 40% of the word's length,
 * at most 8, or one word containing the other), else "". Bounded: words over 64 characters get
 * no suggestion, and the search stops after a fixed number of edit-distance cells.
 */
export function didYouMean(wrong: string, candidates: Iterable<string>): Hint {
  const nearest = nearestWord(wrong, candidates);
  return nearest === undefined ? '' : problem('scenarioRules.didYouMean', { suggestion: nearest });
}

/** The candidate nearest to `wrong` by the rules of didYouMean, if any is near enough. */
export function nearestWord(wrong: string, candidates: Iterable<string>): string | undefined {
  if (wrong.length > LONGEST_WORD) return undefined;
  const limit = Math.min(MOST_EDITS, Math.max(2, Math.floor(wrong.length * 0.4)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let budget = CELL_BUDGET;
  for (const candidate of candidates) {
    if (budget <= 0) break;
    if (candidate.length > LONGEST_WORD) continue;
    const contains = wrong.length >= 3 && (candidate.includes(wrong) || wrong.includes(candidate));
    if (!contains && Math.abs(candidate.length - wrong.length) > limit) continue;
    const max = contains ? LONGEST_WORD : limit;
    budget -= wrong.length * (2 * max + 1) + candidate.length;
    const d = editDistanceWithin(wrong, candidate, max);
    if ((d <= limit || contains) && d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
