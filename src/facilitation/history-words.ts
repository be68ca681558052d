/**
 * The one place that words history. At a decision the source either says what was done
 * (`historical`, with how sure it is), or is silent and the scenario assumes a path so the role can
 * go on (`assumed`), or is silent and the scenario assumes nothing. Every screen, the printed pack,
 * the presenter and the report take their words from here, so none says a choice "happened"
 * unless the source says so. The words themselves are the catalogue's `history` area, each looked
 * up when read: the objects below have getters, so nothing is worded before the language is set.
 */
import type { History } from '../engine/history';
import type { Status } from '../engine/schema';
import { statusMeaning } from '../engine/status-words';
import { t } from '../i18n/translate';
import type { PathComparison, SourceAccount } from './history-compare';

/** A status in words, e.g. "claimed: one party's account, not corroborated". */
export function statusWords(status: Status | undefined): string {
  if (!status) return '';
  const { word, meaning } = statusMeaning[status];
  return `${word}: ${meaning}`;
}

/** A text in the current language's quotation marks (“…” in English, „…“ in German). */
export function quote(text: string): string {
  return t('history.quoted', { text });
}

/** The report's words for where the room chose otherwise than the source, and for a rejoin. */
export const REPORT_WORDS = {
  /** One role's first such decision; `quote` puts a text in quotation marks (and escapes it). */
  leftLine: (
    left: { beatTitle: string; choiceLabel: string; historicalLabel: string },
    quote: (text: string) => string,
  ): string =>
    t('history.leftLine', {
      beat: quote(left.beatTitle),
      choice: quote(left.choiceLabel),
      historical: quote(left.historicalLabel),
    }),
};

/** The short marks the printed pack and the lanes put beside a choice. */
export const HISTORY_MARKS: Readonly<Record<SourceAccount['kind'], string>> = {
  get historical(): string {
    return t('history.markHistorical');
  },
  get assumed(): string {
    return t('history.markAssumed');
  },
  get silent(): string {
    return t('history.markSilent');
  },
};

/** A choice's mark with its status, e.g. "The source says this was done (reported: …)". */
export function choiceMark(kind: SourceAccount['kind'], status?: Status): string {
  return kind === 'historical' && status
    ? t('history.markHistoricalStatus', { status: statusWords(status) })
    : HISTORY_MARKS[kind];
}

/** The words of the who-knew-what lanes (screen and Markdown). */
export const LANE_WORDS = {
  /** Before a choice on a main-line lane. */
  mainLineChoice: (history: History | undefined): string =>
    history === 'historical'
      ? t('history.laneDone')
      : history === 'assumed'
        ? t('history.markAssumed')
        : t('history.markSilent'),
  /** The same inside a sentence. */
  mainLineChoiceInSentence: (history: History | undefined): string =>
    history === 'historical'
      ? t('history.laneDoneInSentence')
      : history === 'assumed'
        ? t('history.laneAssumedInSentence')
        : t('history.laneSilentInSentence'),
};

/** One sentence on what the source says about a decision, naming the choice. */
export function accountSentence(account: SourceAccount): string {
  switch (account.kind) {
    case 'historical':
      return account.status
        ? t('history.accountHistoricalStatus', {
            label: account.label,
            status: statusWords(account.status),
          })
        : t('history.accountHistorical', { label: account.label });
    case 'assumed':
      return t('history.accountAssumed', { label: account.label });
    case 'silent':
      return t('history.accountSilent');
  }
}

/** The path table's cell: the source's account beside the player's choice. */
export function comparisonCell(account: SourceAccount, chosen: string | undefined): string {
  switch (account.kind) {
    case 'historical': {
      const same = account.choice === chosen;
      if (!account.status)
        return same
          ? t('history.cellSameDone')
          : t('history.cellOtherDone', { label: account.label });
      const status = statusMeaning[account.status].word;
      return same
        ? t('history.cellSameDoneStatus', { status })
        : t('history.cellOtherDoneStatus', { label: account.label, status });
    }
    case 'assumed':
      return account.choice === chosen
        ? t('history.cellAssumedSame')
        : t('history.cellAssumedOther', { label: account.label });
    case 'silent':
      return t('history.cellSilent');
  }
}

const titles = (items: readonly PathComparison[]): string =>
  items.map((c) => quote(c.beatTitle)).join(', ');

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
  // The message picks its sentence by whose choices they were: `you` or (any other) the room's.
  const whom = { who: who === 'you' ? 'you' : 'room' };
  const out: string[] = [];
  if (decisions.length === 0) {
    // A path of no decisions has nothing to compare; only its ending is worth a word.
  } else if (known.length === 0) out.push(t('history.verdictNothingKnown', whom));
  else if (known.length === 1)
    out.push(t(matched === 1 ? 'history.verdictOneSame' : 'history.verdictOneOtherwise', whom));
  else if (matched === known.length)
    out.push(t('history.verdictAllSame', { ...whom, count: known.length }));
  else out.push(t('history.verdictSomeSame', { ...whom, count: known.length, matched }));
  if (known.length > 0 && silent.length > 0)
    out.push(t('history.verdictSilentRest', { count: silent.length, titles: titles(silent) }));
  out.push(endingSentence(ending.history, ending.roleHasHistoricalEnding));
  return out;
}

/** One decision of a report beside the source: the same, otherwise, or the source is silent. */
export function decisionVerdict(d: PathComparison): string {
  const a = d.account;
  switch (a.kind) {
    case 'historical': {
      if (!a.status)
        return d.matched
          ? t('history.decisionSame')
          : t('history.decisionOther', { label: a.label });
      const status = statusWords(a.status);
      return d.matched
        ? t('history.decisionSameStatus', { status })
        : t('history.decisionOtherStatus', { label: a.label, status });
    }
    case 'assumed':
      return t('history.decisionAssumed', { label: a.label });
    case 'silent':
      return t('history.accountSilent');
  }
}

/** The printed pack's lead over an ending of the main line, by how the ending stands. */
export function endingLead(history: History | undefined): string {
  if (history === 'historical') return t('history.leadHistorical');
  if (history === 'assumed') return t('history.leadAssumed');
  return t('history.leadSilent');
}

/** How an ending stands against the source. */
export function endingSentence(
  history: History | undefined,
  roleHasHistoricalEnding: boolean,
): string {
  if (history === 'historical') return t('history.endingHistorical');
  if (history === 'assumed') return t('history.endingAssumed');
  return roleHasHistoricalEnding ? t('history.endingDidNotHappen') : t('history.endingSilent');
}

/** The presenter's heading over what the source says about the decision in front of the room. */
export function sourceHeading(): string {
  return t('history.sourceHeading');
}

/**
 * The heading over an ending's `reality`: the source's account, whichever ending was reached; in
 * a fictional scenario, which has no source, what the ending shows.
 */
export function realityHeading(fictional = false): string {
  return fictional ? t('history.fictionHeading') : t('history.realityHeading');
}

/** How a session plays its roles, as set-up and the pack name it. */
export function modeLabel(mode: 'campaign' | 'roles'): string {
  return t(mode === 'campaign' ? 'history.modeCampaign' : 'history.modeRoles');
}
