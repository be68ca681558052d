import type { Status } from './schema';

/** How sure the source is, in the words the brief gives players. */
export const statusMeaning: Record<Status, { label: string; meaning: string }> = {
  reported: { label: 'Reported', meaning: 'the press reports it as fact' },
  claimed: { label: 'Claimed', meaning: "one party's account, not corroborated" },
  alleged: { label: 'Alleged', meaning: 'reports allege it' },
  opinion: { label: 'Opinion', meaning: "an expert's view" },
  'open-question': { label: 'Open question', meaning: 'the source says nobody knows' },
  'what-if': {
    label: 'What-if',
    meaning: 'this did not happen; it extrapolates from the facts cited',
  },
};
