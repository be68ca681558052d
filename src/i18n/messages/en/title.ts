/** The first screen (index.html's title card, worded at start-up by src/ui/title-words.ts). */
export const title = {
  classification: 'Unclassified // Training exercise',
  tagline: "2014. An anti-virus scan sends a home computer's secrets to Moscow. What do you do?",
  lede: "A tabletop exercise in four roles: the contractor who took work home, the vendor's analysts, the vendor's CEO, and a government investigator.",
  start: 'Start',
  resume: 'Resume where you left off',
  facilitate: 'Run a session for a room',
  pageTitle: 'Spillage: a tabletop exercise',
  description: 'Spillage: a tabletop exercise on the 2014 Equation Group cache incident.',
} as const;
