/**
 * The vendor unnamed, for a corporate audience: the names a scenario lists under `unnamed` are
 * replaced by the words it gives (`Kaspersky Lab` → `the vendor`). The scenario's own words take
 * the replacement as they are; in a verbatim excerpt (a source's `quote`, or a passage in
 * quotation marks) it stands in an editorial bracket, "[the vendor's] anti-virus software", so a
 * quote is never silently altered. Ids, conditions and citations are left alone: the session
 * plays, replays and cites exactly as with the names.
 */
import type { Scenario, Unnamed } from '../engine/schema';
import type { SessionPlan } from './session-plan';
import { t } from '../i18n/translate';

/** A passage in double quotation marks, straight, curly or German: verbatim words inside game text. */
const QUOTED = /„[^“”]*[“”]|“[^”]*”|"[^"]*"/g;
/** Text before a match that ends a sentence (or nothing at all): the replacement is capitalised. */
const SENTENCE_START = /(?:^|[.!?:]["'”’)\]]*\s+)["“‘(]?$/;
/** Fields whose strings are ids or keywords, never words a person reads. */
const ID_FIELDS = new Set([
  ...['id', 'start', 'next', 'at', 'setting', 'sound', 'home', 'accent', 'moment', 'role'],
  ...['version', 'language', 'cites', 'basis', 'status', 'answer', 'meters', 'roles', 'order'],
]);
/** Fields left whole: conditions, effects, and the list of names itself. */
const LOGIC_FIELDS = new Set(['when', 'requires', 'effects', 'unnamed']);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern that finds every name of `pairs` (longest first, so a full name wins over a part). */
function namePattern(pairs: readonly Unnamed[]): RegExp {
  const names = pairs
    .flatMap(({ name }) => [name, name.toUpperCase()])
    .filter((name, index, all) => all.indexOf(name) === index)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(${names.join('|')})(['’]s)?(?![\\p{L}\\p{N}_])`, 'gu');
}

/**
 * `text` with the names replaced; `verbatim` puts each replacement in an editorial bracket.
 * `before` is what precedes `text` in the whole, to tell a sentence's start.
 */
function replaceNames(
  text: string,
  pairs: readonly Unnamed[],
  verbatim: boolean,
  before = '',
): string {
  return text.replace(
    namePattern(pairs),
    (match: string, name: string, possessive: string | undefined, offset: number) => {
      const pair =
        pairs.find((p) => p.name === name) ?? pairs.find((p) => p.name.toUpperCase() === name);
      if (!pair) return match;
      const shouting = name !== pair.name && /\p{Ll}/u.test(pair.name);
      let words = shouting ? pair.as.toUpperCase() : pair.as;
      if (!shouting && SENTENCE_START.test(before + text.slice(0, offset)))
        words = words.charAt(0).toUpperCase() + words.slice(1);
      const replaced = `${words}${possessive ?? ''}`;
      return verbatim ? `[${replaced}]` : replaced;
    },
  );
}

/**
 * `text` with every name of `pairs` replaced by its words: as they are in the text's own words,
 * in an editorial bracket inside quotation marks, or throughout when the whole text is a verbatim
 * excerpt. Word boundaries hold ("Kasperskyite" stays), a possessive follows the replacement
 * ("Kaspersky's" → "the vendor's"), a longer name wins over its part ("Kaspersky Lab" before
 * "Kaspersky"), a name in capitals is replaced in capitals, and at a sentence's start the words
 * begin with a capital.
 */
export function unnameText(
  text: string,
  pairs: readonly Unnamed[],
  options: { verbatim?: boolean } = {},
): string {
  if (pairs.length === 0) return text;
  if (options.verbatim) return replaceNames(text, pairs, true);
  let out = '';
  let last = 0;
  for (const quoted of text.matchAll(QUOTED)) {
    // Each piece is told what precedes it, so that a sentence's start is seen across pieces.
    out += replaceNames(text.slice(last, quoted.index), pairs, false, text.slice(0, last));
    out += replaceNames(quoted[0], pairs, true, text.slice(0, quoted.index));
    last = quoted.index + quoted[0].length;
  }
  return out + replaceNames(text.slice(last), pairs, false, text.slice(0, last));
}

/**
 * Every reader's text of `value` unnamed; `key` is the field it sits in. A verbatim `quote` takes
 * every pair; the scenario's own words leave out the pairs for its excerpts' language only.
 */
function unnameValue(value: unknown, key: string, pairs: readonly Unnamed[]): unknown {
  if (LOGIC_FIELDS.has(key)) return value;
  if (typeof value === 'string') {
    if (ID_FIELDS.has(key)) return value;
    return key === 'quote'
      ? unnameText(value, pairs, { verbatim: true })
      : unnameText(value, proseNames(pairs));
  }
  if (Array.isArray(value)) return value.map((item) => unnameValue(item, key, pairs));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, unnameValue(inner, field, pairs)]),
    );
  return value;
}

/** The pairs for the scenario's own words (a translation's excerpt-only names left out). */
export function proseNames(pairs: readonly Unnamed[]): Unnamed[] {
  return pairs.filter((pair) => pair.excerptsOnly !== true);
}

const unnamedScenarios = new WeakMap<Scenario, Scenario>();

/**
 * The scenario as a room sees it with its `unnamed` names withheld: the same ids, conditions and
 * citations, every text a person reads unnamed (one copy per scenario, so the machines built from
 * it are built once). A scenario without `unnamed` is returned as it is.
 */
export function unnameScenario(scenario: Scenario): Scenario {
  const pairs = scenario.unnamed ?? [];
  if (pairs.length === 0) return scenario;
  let unnamed = unnamedScenarios.get(scenario);
  if (!unnamed) {
    unnamed = { ...(unnameValue(scenario, '', pairs) as Scenario), unnamed: scenario.unnamed };
    unnamedScenarios.set(scenario, unnamed);
  }
  return unnamed;
}

/** Whether a plan withholds names this scenario can withhold. */
export function withholdsNames(scenario: Scenario, plan: SessionPlan): boolean {
  return plan.unnamed === true && (scenario.unnamed?.length ?? 0) > 0;
}

/** The scenario a planned session shows: unnamed when the plan says so, else as it is. */
export function scenarioAsPlanned(scenario: Scenario, plan: SessionPlan): Scenario {
  return withholdsNames(scenario, plan) ? unnameScenario(scenario) : scenario;
}

/** The note that says names were withheld, for the pack and the report, in the current language. */
export function namesWithheldNote(): string {
  return t('report.namesWithheld');
}
