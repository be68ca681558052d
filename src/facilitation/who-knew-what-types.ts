/** The "who knew what, when" picture: one lane per role on one time axis. */

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
  /** The historical choice's label, when the role's choice differs from it. */
  historically?: string;
}

export interface Lane {
  role: string;
  roleName: string;
  /** 'room': drawn from the session's log; 'history': the role was not played, its historical path. */
  source: 'room' | 'history';
  cells: LaneCell[];
}

export interface WhoKnewWhat {
  moments: Moment[];
  lanes: Lane[];
}
