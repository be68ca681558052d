/**
 * How sure the source is (src/engine/status-words.ts): each status's label, the same word inside a
 * sentence, and what it means. Every screen, the pack and the report show these words.
 */
export const statusWords = {
  reportedLabel: 'Reported',
  reported: 'reported',
  reportedMeaning: 'the press reports it as fact',
  claimedLabel: 'Claimed',
  claimed: 'claimed',
  claimedMeaning: "one party''s account, not corroborated",
  allegedLabel: 'Alleged',
  alleged: 'alleged',
  allegedMeaning: 'reports allege it',
  opinionLabel: 'Opinion',
  opinion: 'opinion',
  opinionMeaning: "an expert''s view",
  openQuestionLabel: 'Open question',
  openQuestion: 'open question',
  openQuestionMeaning: 'the source says nobody knows',
  whatIfLabel: 'What-if',
  whatIf: 'what-if',
  whatIfMeaning: 'this did not happen; it extrapolates from the facts cited',
} as const;
