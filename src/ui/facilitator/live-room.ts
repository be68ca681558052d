/**
 * The presenter's room on the room server, when the page was served by one: its code and secret
 * (kept in this browser's storage, never in the join link), the facilitator link, and the rules
 * that keep the server's vote on the decision the presenter shows: the choices revealed open a
 * vote, anything else withdraws it, and closing it records the count and reasons into the session.
 */
import { Client } from 'colyseus.js';
import type { SessionView } from '../../engine/view-types';
import {
  roomCodeFrom,
  RoomCodeSchema,
  tokenFrom,
  TokenSchema,
  type Ballot,
  type OpenVote,
} from '../../facilitation/live-vote';
import type { RoomCommand, RoomState } from '../../facilitation/room-session';
import { runAsFacilitator, type ClosedVote } from '../../live-room/facilitator-link';
import type { LinkStatus } from '../../live-room/keep-connected';
import type { RoomView } from '../../live-room/room-view';
import { readStored, writeStored } from '../safe-storage';
import { currentLanguage, t } from '../../i18n/translate';

type RecordDecision = Extract<RoomCommand, { type: 'record-decision' }>;

const KEY = 'spillage.live-room';

export interface LiveRoom {
  code: string;
  joinUrl: string;
  projectorUrl: string;
  status(): LinkStatus;
  view(): RoomView | null;
  ballots(): readonly Ballot[];
  /** Brings the server's room to this state: relays it to projectors, opens or withdraws the vote. */
  sync(state: RoomState, view: SessionView): void;
  /** Whether the decision on screen is open for phones. */
  isOpen(): boolean;
  /** Closes the vote; `record` then receives the command that records it (typed hands added). */
  closeAndRecord(typed: Record<string, number>, rationale: string): void;
  /** Every team decides: closes the vote and records the teams' choices with the phones' reasons. */
  closeAndRecordTeams(command: RecordDecision): void;
  end(): Promise<void>;
}

/** The page address of this copy of the game (handles a sub-path behind a proxy). */
export function pageBase(): string {
  return new URL('.', window.location.href).href;
}

function credentials(sessionId: string): { code: string; secret: string } {
  try {
    const kept = JSON.parse(readStored(KEY) ?? 'null') as Record<string, unknown> | null;
    if (
      kept?.sessionId === sessionId &&
      RoomCodeSchema.safeParse(kept.code).success &&
      TokenSchema.safeParse(kept.secret).success
    )
      return { code: kept.code as string, secret: kept.secret as string };
  } catch {
    // A damaged entry: a new room.
  }
  const fresh = {
    code: roomCodeFrom(crypto.getRandomValues(new Uint8Array(32))),
    secret: tokenFrom(crypto.getRandomValues(new Uint8Array(32))),
  };
  writeStored(KEY, JSON.stringify({ sessionId, ...fresh }));
  return fresh;
}

/** The room code kept for a session, if this browser runs one (the projector window reads it). */
export function keptRoomCode(sessionId: string): string | null {
  try {
    const kept = JSON.parse(readStored(KEY) ?? 'null') as Record<string, unknown> | null;
    return kept?.sessionId === sessionId && RoomCodeSchema.safeParse(kept.code).success
      ? (kept.code as string)
      : null;
  } catch {
    return null;
  }
}

/** The vote a revealed decision opens (a tie: between the tied choices), or null. */
export function voteFor(state: RoomState, view: SessionView): OpenVote | null {
  if (state.screen !== 'beat' || !state.revealed || !view.beat || view.choices.length === 0)
    return null;
  const tied = state.tie?.choices;
  const choices = view.choices
    .filter((c) => !tied || tied.includes(c.id))
    .map((c) => ({ id: c.id, label: c.label }));
  const round = tied ? `tie-${tied.join('+')}` : 'first';
  return {
    key: `${state.record.runs.length}/${view.beat.id}/${round}`,
    prompt: view.beat.title,
    choices,
  };
}

export function startLiveRoom(
  sessionId: string,
  changed: () => void,
  record: (command: RecordDecision) => void,
  tell: (text: string) => void,
): LiveRoom {
  const { code, secret } = credentials(sessionId);
  let status: LinkStatus = 'connecting';
  let openKey = '';
  let lastSession = '';
  // The vote being closed, and how to word its record once the server has the final count.
  let pending: { key: string; finish: (result: ClosedVote) => RecordDecision } | null = null;
  let redraw: ReturnType<typeof setTimeout> | undefined;
  // Votes can land many times a second: the presenter redraws at most five times a second.
  const soon = (): void => {
    redraw ??= setTimeout(() => {
      redraw = undefined;
      changed();
    }, 200);
  };
  const closed = (result: ClosedVote): void => {
    if (!pending || pending.key !== result.key) return;
    const { finish } = pending;
    pending = null;
    record(finish(result));
  };
  const link = runAsFacilitator(new Client(pageBase().replace(/\/$/, '')), code, secret, {
    view: soon,
    ballots: soon,
    closed,
    status: (next) => {
      status = next;
      changed();
    },
    refused: (why) => tell(t('phones.refused', { why })),
  });
  return {
    code,
    joinUrl: `${pageBase()}join.html?room=${code}`,
    // Another computer shares no stored choice: the projector there speaks the presenter's language.
    projectorUrl: `${pageBase()}?view=projector&room=${code}&lang=${currentLanguage()}`,
    status: () => status,
    view: () => link.view(),
    ballots: () => link.ballots(),
    isOpen: () => openKey !== '',
    sync(state, view) {
      const session = JSON.stringify(state);
      if (session !== lastSession) link.publishSession(session);
      lastSession = session;
      const vote = voteFor(state, view);
      if (vote && vote.key !== openKey) link.open(vote);
      else if (!vote && openKey) link.hide();
      openKey = vote?.key ?? '';
    },
    closeAndRecord(typed, rationale) {
      if (!openKey) return;
      pending = {
        key: openKey,
        finish: (result) => {
          const tally = { ...result.tally };
          for (const [id, hands] of Object.entries(typed)) tally[id] = (tally[id] ?? 0) + hands;
          return { type: 'record-decision', tally, rationale, reasons: result.reasons };
        },
      };
      link.close();
    },
    closeAndRecordTeams(command) {
      if (!openKey) return record(command);
      pending = { key: openKey, finish: (result) => ({ ...command, reasons: result.reasons }) };
      link.close();
    },
    end: () => link.end(),
  };
}
