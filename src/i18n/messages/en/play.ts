/**
 * Playing a role: the briefing, beat, outcome and rejoin screens (src/ui/screens) and the parts
 * they show (classification banner, citations, meters, the world panel).
 */
export const play = {
  /** The banner with the role played: `marking` is title.classification. */
  banner: '{marking} // {role}',
  briefing: 'Briefing: {role}',
  whatYouKnow: 'What you know',
  objectives: 'What this role is about',
  begin: 'Begin',
  news: 'News: {headline}',
  incoming: 'Incoming',
  knowledge: 'What you know, and what you don’t',
  youKnow: 'You know',
  youDoNotKnow: 'You don’t know',
  talkItOver: 'Talk it over',
  defaultPrompt: 'What do you do?',
  continue: 'Continue',
  /** The group of choice buttons, named with the decision's prompt. */
  choices: 'Choices: {prompt}',
  risk: 'Risk: {cost}',
  /** `last` is the highest number key that picks a choice (at most 9). */
  choiceHint: 'Press 1 to {last} to choose, or use Tab and Enter.',
  meters: 'What you care about',
  /** Read out when a meter moves, e.g. "Career fell from 5 to 3." */
  meterRose: '{meter} rose from {from} to {to}.',
  meterFell: '{meter} fell from {from} to {to}.',
  /** The world panel's group for facts the scenario puts in none. */
  situation: 'The situation',
  world: 'The world now',
  worldChanged: 'The world now ({count} changed)',
  /** A fact nobody has set is not "No": the story has not said. */
  factUnknown: 'Unknown',
  factYes: 'Yes',
  factNo: 'No',
  whatFollows: 'What follows',
  youChose: 'You chose: {choice}',
  whatIfNote: 'This branch did not happen. It extrapolates from these facts:',
  seeHowItEnds: 'See how it ends',
  /** A disclosure of excerpts: one, or several with their number. */
  sources: '{count, plural, one {Source} other {Sources (#)}}',
  /** The facts a what-if extrapolates from. */
  basis: '{count, plural, one {Basis} other {Bases (#)}}',
  /** Beside a verbatim excerpt in another language: the scenario's translation of it. */
  excerptTranslation: 'Translation',
  rejoinHistory: 'Rejoin history',
  whereTheStoryStands: 'Where the story stands',
  /** Followed by the explanation of the main line (src/facilitation/history-words.ts). */
  rejoinWhy:
    'Your earlier choices left this role with nothing to face. To play it, the story returns to the scenario’s main line.',
  rejoinAlone: 'This role begins where the scenario’s main line had got to:',
} as const;
