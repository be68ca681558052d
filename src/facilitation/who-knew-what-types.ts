/** The "who knew what, when" picture: one lane per role on one time axis. */
import type { History } from '../engine/history';

/** A point on the incident's time axis (a scenario `timeline` entry, or a step number). */
export interface Moment {
  id: string;
  label: string;
}

/** What one role knew, did not know and chose at one beat. */
export interface LaneCell {
  moment: string;
  beat: string;
  beatTitle: string;
  knew: string[];
  didNotKnow: string[];
  /** The label of the choice taken here, if the beat was a decision and a choice was taken. */
  chose?: string;
  /** On a main-line lane: how the choice taken stands to the source (absent: it does not say). */
  choseHistory?: History;
  /** On a played lane: the label of the choice the source says was done, when the role's differs. */
  historically?: string;
}

export interface Lane {
  role: string;
  roleName: string;
  /**
   * 'room': drawn from the session's log; 'main-line': the role was not played, so it follows the
   * scenario's main line (what the source says was done, else what the scenario assumes).
   */
  source: 'room' | 'main-line';
  cells: LaneCell[];
}

export interface WhoKnewWhat {
  moments: Moment[];
  lanes: Lane[];
}
