/**
 * The limits on what the game keeps and exchanges (saves, session logs, the kept room state) and
 * on what its forms accept, in one place: an input's maxlength, the engine's writers and the
 * schemas that read everything back all use these, so whatever the game lets through reads back.
 * No zod here: the title screen and the forms import it.
 */

/** The longest id (scenario, role, beat, choice) a save or session log may carry. */
export const MAX_ID_CHARS = 200;
/** The longest scenario version or title a save or session log may carry. */
export const MAX_TITLE_CHARS = 1000;
/** A room's reason for a decision: one line on the projector and in the report. */
export const MAX_REASON_CHARS = 200;
/** A team's name shows on the projector and in the report's headings: keep it short. */
export const MAX_TEAM_NAME_CHARS = 60;
/** The most votes one choice can get: more people than any room holds is a typing slip. */
export const MAX_VOTES = 999;
/** The most steps one log (a save, or one run of a session) may hold. */
export const MAX_LOG_ENTRIES = 100_000;
/** The most runs (one per team) and teams a session may have. */
export const MAX_TEAMS = 100;

/** A person's name (the facilitator, an attendee, an action's owner) in the report. */
export const MAX_PERSON_CHARS = 80;
/** Where the session was held, as the report's summary names it. */
export const MAX_PLACE_CHARS = 120;
/** One line of the wrap-up (a takeaway, a strength, an improvement, an action). */
export const MAX_NOTE_CHARS = 300;
/** The most lines of one kind the wrap-up keeps (takeaways, strengths, improvements, actions). */
export const MAX_NOTE_LINES = 20;
/** The most attendees' names a session keeps: more than any room holds. */
export const MAX_ATTENDEES = 500;
/** A discussion question as the session keeps it when ticked as discussed. */
export const MAX_QUESTION_CHARS = 500;
/** A learner's reflection at the end of solo play ("What would you do differently?"). */
export const MAX_REFLECTION_CHARS = 500;
/** The most UTF-8 bytes of a reflection a share link carries (a longer one is shortened). */
export const MAX_SHARED_REFLECTION_BYTES = 750;
/** The most questions a session keeps ticked as discussed. */
export const MAX_DISCUSSED = 1000;

/** A facilitator's "In our organisation" note on one decision: a short paragraph, plain text. */
export const MAX_ORG_NOTE_CHARS = 600;
/**
 * The most "In our organisation" notes a session keeps (one per decision): 120 KB at most, so a
 * session with its notes still fits the room server's relay.
 */
export const MAX_ORG_NOTES = 200;

/** 2000-01-01 and 2200-01-01 (UTC): a date a session was played on lies between them. */
export const EARLIEST_DATE_MS = 946_684_800_000;
export const LATEST_DATE_MS = 7_258_118_400_000;
/** The longest a session may run from start to end, so a report never prints absurd minutes. */
export const MAX_SESSION_MS = 31 * 24 * 60 * 60_000;
/** The longest a discussion timer can be extended to, and count up to. */
export const MAX_TIMER_MS = 24 * 60 * 60_000;

/** The longest piece of a bad input that a message repeats (a key, a format name). */
export const MAX_ECHO_CHARS = 40;
/** The longest key of a scenario file that a loader message repeats. */
export const KEY_ECHO_CHARS = 60;

/** `text`, cut to `max` characters with an ellipsis, for echoing input in a message. */
export function shorten(text: string, max = MAX_ECHO_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * `message` with every unbroken run over MAX_ID_CHARS (an id or a value echoed from the file) cut
 * by shorten() to `max` characters, so that an error never carries a megabyte of the input back.
 */
export function shortenRuns(message: string, max = KEY_ECHO_CHARS): string {
  return message.replace(new RegExp(`[^\\s'"]{${MAX_ID_CHARS + 1},}`, 'g'), (run) =>
    shorten(run, max),
  );
}
