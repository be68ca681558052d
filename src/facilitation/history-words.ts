/**
 * The one place that words history. At a decision the source either says what was done
 * (`historical`, with how sure it is), or is silent and the scenario assumes a path so the role can
 * go on (`assumed`), or is silent and the scenario assumes nothing. Every screen, the printed pack,
 * the presenter and the report take their words from here, so none says a choice "happened"
 * unless the source says so.
 */
import type { History } from '../engine/history';
import type { Status } from '../engine/schema';
import { statusMeaning } from '../engine/status-words';
import type { PathComparison, SourceAccount } from './history-compare';

/** A status in words, e.g. "claimed: one party's account, not corroborated". */
export function statusWords(status: Status | undefined): string {
  if (!status) return '';
  const { label, meaning } = statusMeaning[status];
  return `${label.toLowerCase()}: ${meaning}`;
}

/** The path the story takes by default: what the source says was done, else what it assumes. */
export const MAIN_LINE = {
  name: 'the scenario’s main line',
  explained:
    'The main line takes, at each decision, the choice the source says was done; where the source is silent, the one the scenario assumes.',
} as const;

/** The two ways a room plays, as set-up, the printed pack and the report name them. */
export const MODE_WORDS = {
  campaign: 'Campaign: every role in order, each shaped by the room’s earlier choices',
  roles: 'Chosen roles, one after another, each starting from the scenario’s main line',
} as const;

/** The report's words for where the room chose otherwise than the source, and for a rejoin. */
export const REPORT_WORDS = {
  leftHeading: 'Where the room chose otherwise than the source',
  leftNone: 'At every decision where the source says what was done, the room chose the same.',
  /** One role's first such decision; `quote` puts a text in quotation marks (and escapes it). */
  leftLine: (
    left: { beatTitle: string; choiceLabel: string; historicalLabel: string },
    quote: (text: string) => string,
  ): string =>
    `at ${quote(left.beatTitle)} the room chose ${quote(left.choiceLabel)}; the source says ${quote(left.historicalLabel)} was done.`,
  rejoinHeading: 'Began from the scenario’s main line',
  rejoinNote:
    'The room’s earlier choices made this role’s start impossible; it began from the scenario’s main line.',
} as const;

/** The short marks the printed pack and the lanes put beside a choice. */
export const HISTORY_MARKS = {
  historical: 'The source says this was done',
  assumed: 'Assumed by the scenario; the source does not say',
  silent: 'The source does not say',
} as const;

/** A choice's mark with its status, e.g. "The source says this was done (reported: …)". */
export function choiceMark(kind: SourceAccount['kind'], status?: Status): string {
  const base = HISTORY_MARKS[kind];
  return kind === 'historical' && status ? `${base} (${statusWords(status)})` : base;
}

/** The words of the who-knew-what lanes (screen and Markdown). */
export const LANE_WORDS = {
  /** Beside the name of a role nobody played. */
  unplayed: 'not played: the scenario’s main line',
  caption: 'roles nobody played follow the scenario’s main line',
  /** Before the choice the source says was done (on a played lane: where the room's differs). */
  done: 'Done, the source says',
  /** Before a choice on a main-line lane. */
  mainLineChoice: (history: History | undefined): string =>
    history === 'historical'
      ? 'Done, the source says'
      : history === 'assumed'
        ? 'Assumed by the scenario; the source does not say'
        : 'The source does not say',
} as const;

/** One sentence on what the source says about a decision, naming the choice. */
export function accountSentence(account: SourceAccount): string {
  switch (account.kind) {
    case 'historical':
      return `The source says this was done: “${account.label}”${account.status ? ` (${statusWords(account.status)})` : ''}.`;
    case 'assumed':
      return `The source does not say what was done here. The scenario assumes “${account.label}” so the story can go on.`;
    case 'silent':
      return 'The source does not say what was done here.';
  }
}

/** The path table's cell: the source's account beside the player's choice. */
export function comparisonCell(account: SourceAccount, chosen: string | undefined): string {
  switch (account.kind) {
    case 'historical': {
      const status = account.status
        ? ` (${statusMeaning[account.status].label.toLowerCase()})`
        : '';
      return account.choice === chosen
        ? `The same was done${status}`
        : `“${account.label}” was done${status}`;
    }
    case 'assumed':
      return account.choice === chosen
        ? 'Does not say; the scenario assumes the same'
        : `Does not say; the scenario assumes “${account.label}”`;
    case 'silent':
      return 'Does not say';
  }
}

const titles = (items: readonly PathComparison[]): string =>
  items.map((c) => `“${c.beatTitle}”`).join(', ');

/**
 * Sentences comparing a path with the source, only where the source says what was done, and
 * saying plainly where it is silent; then how the ending stands. `who` is "you" or "the room".
 */
export function pathVerdict(
  decisions: readonly PathComparison[],
  ending: { history?: History; roleHasHistoricalEnding: boolean },
  who: 'you' | 'the room',
): string[] {
  const known = decisions.filter((d) => d.account.kind === 'historical');
  const silent = decisions.filter((d) => d.account.kind !== 'historical');
  const matched = known.filter((d) => d.matched).length;
  const out: string[] = [];
  if (decisions.length === 0) {
    // A path of no decisions has nothing to compare; only its ending is worth a word.
  } else if (known.length === 0)
    out.push(
      `The source does not say what was done at any decision on this path, so there is nothing to compare ${who === 'you' ? 'your' : 'the room’s'} choices with.`,
    );
  else if (known.length === 1)
    out.push(
      `At the one decision where the source says what was done, ${who} chose ${matched === 1 ? 'the same' : 'otherwise'}.`,
    );
  else if (matched === known.length)
    out.push(
      `At all ${known.length} decisions where the source says what was done, ${who} chose the same.`,
    );
  else
    out.push(
      `Of the ${known.length} decisions where the source says what was done, ${who} chose the same at ${matched === 0 ? 'none' : matched}.`,
    );
  if (known.length > 0 && silent.length > 0)
    out.push(
      `At ${silent.length === 1 ? 'the other decision' : `the other ${silent.length}`} (${titles(silent)}) the source does not say what was done.`,
    );
  out.push(endingSentence(ending.history, ending.roleHasHistoricalEnding));
  return out;
}

/** One decision of a report beside the source: the same, otherwise, or the source is silent. */
export function decisionVerdict(d: PathComparison): string {
  const a = d.account;
  switch (a.kind) {
    case 'historical':
      return d.matched
        ? `The room chose what the source says was done${a.status ? ` (${statusWords(a.status)})` : ''}.`
        : `The source says “${a.label}” was done${a.status ? ` (${statusWords(a.status)})` : ''}; the room chose otherwise.`;
    case 'assumed':
      return `The source does not say what was done here; the scenario assumes “${a.label}”.`;
    case 'silent':
      return 'The source does not say what was done here.';
  }
}

/** The printed pack's lead over an ending of the main line, by how the ending stands. */
export function endingLead(history: History | undefined): string {
  if (history === 'historical') return 'The ending the source reports';
  if (history === 'assumed')
    return 'How the main line ends (assumed by the scenario; the source does not say)';
  return 'How the main line ends';
}

/** How an ending stands against the source. */
export function endingSentence(
  history: History | undefined,
  roleHasHistoricalEnding: boolean,
): string {
  if (history === 'historical') return 'This ending is the one the source reports.';
  if (history === 'assumed')
    return 'This ending is the scenario’s assumption: the source does not say how it ended.';
  return roleHasHistoricalEnding
    ? 'The source reports a different ending: this one did not happen.'
    : 'The source does not say how this ended.';
}

/** The presenter's heading over what the source says about the decision in front of the room. */
export const SOURCE_HEADING = 'What the source says was done here';

/** The heading over an ending's `reality`: the source's account, whichever ending was reached. */
export const REALITY_HEADING = 'What the source says';
