/**
 * Saves and room states kept before the screen flow named their screen with flags (briefed role,
 * outcome pending, overview done, ended). This reads those flags once, as they were read then.
 */
import type { SessionView } from '../engine/view-types';
import type { Screen } from './flow-types';

/** The flags earlier versions kept instead of a screen; a solo save has only the first two. */
export interface LegacyScreenFlags {
  briefedRole: string | null;
  outcomePending: boolean;
  overviewDone?: boolean;
  ended?: boolean;
}

/** The screen that kept flags stood for, given the engine's view of the kept log. */
export function screenFromFlags(flags: LegacyScreenFlags, view: SessionView): Screen {
  if (flags.ended) return 'report';
  if (flags.overviewDone === false) return 'overview';
  if (view.phase === 'select' || view.phase === 'rejoin') return view.phase;
  if (flags.outcomePending && view.lastOutcome) return 'outcome';
  if (view.phase === 'ending') return 'debrief';
  if (view.role && flags.briefedRole !== view.role.id) return 'briefing';
  return 'beat';
}
