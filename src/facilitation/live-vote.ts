/**
 * A live vote from participants' own devices, as pure data: what each message may hold (one
 * schema per message, read by the room server before anything else), and the ballots of one
 * decision. The room server (server/vote-room.ts) is the authority that applies these; the
 * presenter reads the same ballots to record the tally and the reasons into the session.
 */
import { MAX_CHOICES } from '../engine/ids';
import { MAX_REASON_CHARS, MAX_TEAM_NAME_CHARS, MAX_TITLE_CHARS } from '../engine/limits';
import { IdSchema } from '../engine/log-entry-schema';
import { z } from '../engine/zod-mini';
import { t } from '../i18n/translate';

/** Most participants in one room (the presenter and projectors are not counted). */
export const MAX_PARTICIPANTS = 500;
/** A participant's optional name, as the presenter sees it. */
export const MAX_NAME_CHARS = 40;
/** The largest session state the presenter relays to projectors, as JSON text. */
export const MAX_SESSION_CHARS = 512 * 1024;
/** Room codes: ten characters from an alphabet without look-alikes (about 50 bits). */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 10;
/** The Colyseus room type every session uses. */
export const VOTE_ROOM_NAME = 'vote';

/** A room code in groups, easier to read out and type: "ABCD EFGH JK". */
export function spacedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

const roomCodePattern = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);
const tokenPattern = /^[A-Za-z0-9_-]{22,128}$/;

const isControl = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};

/** One line of text, no control characters (a reason, a name, a team). */
const line = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((v) => ![...v].some(isControl), { error: () => t('sessionLog.oneLine') }),
  );

export const RoomCodeSchema = z.string().check(
  z.refine((v) => roomCodePattern.test(v), {
    error: () => t('sessionLog.roomCode', { length: ROOM_CODE_LENGTH }),
  }),
);
/** A random token (the facilitator's secret, a participant's seat): 22 to 128 URL-safe characters. */
export const TokenSchema = z
  .string()
  .check(z.refine((v) => tokenPattern.test(v), { error: () => t('sessionLog.token') }));

/** What the presenter sends to create the room (the secret is kept as a hash only). */
export const CreateOptionsSchema = z.strictObject({ code: RoomCodeSchema, secret: TokenSchema });

/** How a client joins: the facilitator by its secret, a projector to watch, or a participant. */
export const JoinOptionsSchema = z.union([
  z.strictObject({ secret: TokenSchema }),
  z.strictObject({ watch: z.literal(true) }),
  z.strictObject({
    seat: TokenSchema,
    name: z.optional(line(MAX_NAME_CHARS)),
    team: z.optional(line(MAX_TEAM_NAME_CHARS)),
  }),
]);

/** The decision the facilitator opens to the room: its key (run, beat, round) and choices. */
export const OpenVoteSchema = z.strictObject({
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  prompt: line(MAX_TITLE_CHARS),
  choices: z
    .array(z.strictObject({ id: IdSchema, label: line(MAX_TITLE_CHARS) }))
    .check(z.minLength(1), z.maxLength(MAX_CHOICES)),
});

/** A participant's vote (sent again to change it). */
export const BallotMessageSchema = z.strictObject({
  key: z.string().check(z.maxLength(300)),
  choice: IdSchema,
  reason: line(MAX_REASON_CHARS),
});

/** The facilitator's session state for projectors, as JSON text (read by readRoomState there). */
export const SessionMessageSchema = z.string().check(z.maxLength(MAX_SESSION_CHARS));

export type JoinOptions = z.infer<typeof JoinOptionsSchema>;
export type OpenVote = z.infer<typeof OpenVoteSchema>;
export type BallotMessage = z.infer<typeof BallotMessageSchema>;

/** One participant's vote, as the presenter sees it (names never reach the projector). */
export interface Ballot {
  seat: string;
  choice: string;
  reason: string;
  name: string;
  team: string;
}

/** The decision open to the room and the ballots cast on it, keyed by seat. */
export interface LiveVote {
  open: OpenVote;
  closed: boolean;
  ballots: Map<string, Ballot>;
}

/** A fresh vote on a decision. */
export function openLiveVote(open: OpenVote): LiveVote {
  return { open, closed: false, ballots: new Map() };
}

/**
 * Why a ballot was refused, as a key of the roomRefusals catalogue: the server sends the key with
 * its English words, and the phone words the key in its own language.
 */
export const BALLOT_REFUSALS = [
  'noVoteOpen',
  'voteClosed',
  'voteOver',
  'notOneOfTheChoices',
] as const;
export type BallotRefusal = (typeof BALLOT_REFUSALS)[number];

export function isBallotRefusal(value: unknown): value is BallotRefusal {
  return (BALLOT_REFUSALS as readonly unknown[]).includes(value);
}

/** Records (or changes) a seat's vote; refuses a vote on a closed or other decision, or an unknown choice. */
export function castBallot(
  vote: LiveVote,
  ballot: BallotMessage,
  who: { seat: string; name: string; team: string },
): { ok: true; ballot: Ballot } | { ok: false; refusal: BallotRefusal } {
  if (vote.closed) return { ok: false, refusal: 'voteClosed' };
  if (ballot.key !== vote.open.key) return { ok: false, refusal: 'voteOver' };
  if (!vote.open.choices.some((choice) => choice.id === ballot.choice))
    return { ok: false, refusal: 'notOneOfTheChoices' };
  const cast = { ...who, choice: ballot.choice, reason: ballot.reason.trim() };
  vote.ballots.set(who.seat, cast);
  return { ok: true, ballot: cast };
}

/** Votes per choice id, every choice listed (0 when nobody picked it). */
export function liveTally(vote: Pick<LiveVote, 'open' | 'ballots'>): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const choice of vote.open.choices) tally[choice.id] = 0;
  for (const ballot of vote.ballots.values())
    tally[ballot.choice] = (tally[ballot.choice] ?? 0) + 1;
  return tally;
}

/** The reasons given, without names, in the order the choices are offered. */
export function liveReasons(
  vote: Pick<LiveVote, 'open' | 'ballots'>,
): { choice: string; text: string }[] {
  const ballots = [...vote.ballots.values()].filter((ballot) => ballot.reason !== '');
  return vote.open.choices.flatMap((choice) =>
    ballots
      .filter((b) => b.choice === choice.id)
      .map((b) => ({ choice: b.choice, text: b.reason })),
  );
}

/** A room code drawn from `random` bytes (crypto in the browser): ten unambiguous characters. */
export function roomCodeFrom(random: Uint8Array): string {
  // 248 is the largest multiple of 31 below 256: higher bytes are skipped so no letter is favoured.
  const usable = [...random].filter((byte) => byte < 248);
  if (usable.length < ROOM_CODE_LENGTH) throw new Error('not enough random bytes for a room code');
  return usable
    .slice(0, ROOM_CODE_LENGTH)
    .map((byte) => ROOM_CODE_ALPHABET[byte % ROOM_CODE_ALPHABET.length])
    .join('');
}

/** A URL-safe token (a secret, a seat) from 24 random bytes. */
export function tokenFrom(random: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...random].map((byte) => alphabet[byte % 64]).join('');
}
