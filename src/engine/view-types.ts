import type { History } from './history';
import type { Status } from './schema';

/** An excerpt resolved from a source id. */
export interface SourceView {
  id: string;
  /** The excerpt, verbatim, in the source's language (`quoteLanguage`). */
  quote: string;
  quoteLanguage: string;
  attribution: string;
  /** In a translated scenario: the excerpt's meaning in the scenario's language, shown as a translation. */
  translation?: string;
}

/** A choice the player can take now; `index` is its place in the decision's full list. */
export interface ChoiceView {
  index: number;
  id: string;
  label: string;
  verb?: string;
  cost?: string;
}

/** What followed the decision just taken. */
export interface OutcomeView {
  role: string;
  beat: string;
  choice: string;
  choiceLabel: string;
  text: string;
  status: Status;
  /** The taken choice's history mark; absent when the source does not say. */
  history?: History;
  sources: SourceView[];
  basis: SourceView[];
}

/** One step of a path, with titles and labels resolved for display. */
export interface PathStepView {
  beat: string;
  beatTitle: string;
  choice?: string;
  choiceLabel?: string;
  /** The history mark of the choice taken here; absent when the source does not say. */
  history?: History;
}

/** An ending and its debrief. */
export interface EndingView {
  id: string;
  title: string;
  /** 'historical': the source says the role ended so; 'assumed': the scenario assumes it. */
  history?: History;
  /** Resolved against the world at the ending. */
  debrief: string;
  reality: { text: string; sources: SourceView[] };
  questions: string[];
  /** Every hidden fact, with its value now and the text to reveal when it is true. */
  hiddenFacts: { id: string; label: string; value: boolean; reveal?: string }[];
  /**
   * The scenario's main line: the `historical` choice at each decision, else the `assumed` one.
   * Each step's `history` says which, so only 'historical' steps may be called what happened.
   */
  historicalPath: PathStepView[];
  historicalEnding?: string;
  playerPath: PathStepView[];
  /** The player took exactly the main line's choices and reached its ending. */
  onHistoricalPath: boolean;
}

/** Everything a screen needs to draw the session now, as plain data. */
export interface SessionView {
  phase: 'select' | 'beat' | 'ending' | 'rejoin';
  scenario: { id: string; title: string; summary: string; version: string; fictional: boolean };
  mode: 'role' | 'campaign' | null;
  roles: { id: string; name: string; summary: string }[];
  campaign: string[];
  role?: {
    id: string;
    name: string;
    summary: string;
    briefing: string;
    knows: string[];
    learningObjectives: string[];
    /** The role's stage keys, passed through to the presentation. */
    home?: string;
    accent?: string;
  };
  beat?: {
    id: string;
    title: string;
    setting: string;
    sound?: string;
    text: string;
    knows: string[];
    doesNotKnow: string[];
    questions: string[];
    facilitator?: { purpose?: string; discussion?: string; questions?: string[]; minutes?: number };
    prompt?: string;
  };
  choices: ChoiceView[];
  canContinue: boolean;
  lastOutcome?: OutcomeView;
  injects: { id: string; headline: string; text: string; sources: SourceView[] }[];
  meters: { id: string; label: string; value: number; min: number; max: number }[];
  /** `known` is false for a fact no effect has set and that did not start true: shown as unknown. */
  facts: { id: string; label: string; group?: string; value: boolean; known: boolean }[];
  ending?: EndingView;
  rejoin?: { text: string; sources: SourceView[] };
  /** At an ending of a campaign: the role that plays next. */
  nextRole?: { id: string; name: string };
  /** At the last ending of a campaign, or of a single role. */
  finished: boolean;
}
