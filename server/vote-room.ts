/**
 * One session's room on the server, the authority over its live vote. The facilitator (who holds
 * the secret the room was created with) opens, closes and ends votes and relays the session to
 * projectors; participants can only cast and change their own vote. Every message passes one gate
 * (rate, then the schema of its type, then who may send it); a refused message changes nothing and
 * its sender is told why. Nothing is written to disk and nothing with a name is logged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { matchMaker, Room, ServerError, type Client } from '@colyseus/core';
import { describeProblems } from '../src/engine/describe-problems';
import { wordProblem } from '../src/i18n/problem-words';
import { t } from '../src/i18n/translate';
import {
  BallotMessageSchema,
  castBallot,
  CreateOptionsSchema,
  JoinOptionsSchema,
  liveReasons,
  liveTally,
  MAX_PARTICIPANTS,
  OpenVoteSchema,
  openLiveVote,
  SessionMessageSchema,
  type Ballot,
  type BallotRefusal,
  type LiveVote,
} from '../src/facilitation/live-vote';
import { ChoiceCount, VoteRoomState } from './vote-room-state';
import { RateGate } from './rate-gate';

/** Who a client is in this room (kept as its auth data, never sent to anyone). */
export type Seat =
  | { kind: 'facilitator' }
  | { kind: 'watcher' }
  | { kind: 'participant'; seat: string; name: string; team: string };

/** A room nobody has touched for this long is dropped (the presenter can re-create it). */
export const ROOM_IDLE_MS = 3 * 60 * 60_000;
/** How long a dropped connection keeps its seat for a reconnection token. */
export const RECONNECT_SECONDS = 120;

const hash = (text: string): Buffer => createHash('sha256').update(text).digest();
/** What the presenter sees instead of a participant's seat token. */
const seatLabel = (seat: string): string => hash(seat).toString('base64url').slice(0, 10);

export class VoteRoom extends Room<VoteRoomState> {
  override maxClients = MAX_PARTICIPANTS + 20;
  override autoDispose = false;
  private secretHash: Buffer = Buffer.alloc(0);
  private vote: LiveVote | null = null;
  private session = '';
  private lastActivity = Date.now();
  private readonly gate = new RateGate();
  /** Connections per participant seat: a seat counts as joined until its last one has left for good. */
  private readonly present = new Map<string, number>();
  /** Connections sent away for flooding: they get no reconnection. */
  private readonly kicked = new Set<string>();

  override async onCreate(options: unknown): Promise<void> {
    const given = (options ?? {}) as Record<string, unknown>;
    // Only the fields a room reads (matchmaking through Redis may add its own beside them).
    const read = CreateOptionsSchema.safeParse({ code: given.code, secret: given.secret });
    if (!read.success) throw new ServerError(400, 'a room needs a code and a secret');
    if ((await matchMaker.query({ roomId: read.data.code })).length > 0)
      throw new ServerError(409, 'a room with this code is already running');
    this.roomId = read.data.code;
    this.secretHash = hash(read.data.secret);
    this.state = new VoteRoomState({
      phase: 'waiting',
      key: '',
      prompt: '',
      joined: 0,
      voted: 0,
      cast: 0,
    });
    this.onMessage('*', (client, type, message) => this.receive(client, type, message));
    this.clock.setInterval(() => {
      if (Date.now() - this.lastActivity > ROOM_IDLE_MS) void this.disconnect();
    }, 60_000);
  }

  override onAuth(_client: Client, options: unknown): Seat {
    // The creator joins with its create options: the code is the room's own id, not a credential.
    const given = (options ?? {}) as Record<string, unknown>;
    const keys = ['secret', 'watch', 'seat', 'name', 'team'].filter((key) => key in given);
    const rest = Object.fromEntries(keys.map((key) => [key, given[key]]));
    const read = JoinOptionsSchema.safeParse(rest);
    if (!read.success)
      throw new ServerError(
        400,
        `join refused: ${wordProblem(describeProblems(read.error.issues, rest), 'en')}`,
      );
    const join = read.data;
    if ('secret' in join) {
      if (!timingSafeEqual(hash(join.secret), this.secretHash))
        throw new ServerError(403, 'that is not this room’s facilitator key');
      return { kind: 'facilitator' };
    }
    if ('watch' in join) return { kind: 'watcher' };
    if (!this.present.has(join.seat) && this.present.size >= MAX_PARTICIPANTS)
      throw new ServerError(429, `the room is full (${MAX_PARTICIPANTS} people)`);
    return { kind: 'participant', seat: join.seat, name: join.name ?? '', team: join.team ?? '' };
  }

  override onJoin(client: Client, _options: unknown, seat: Seat): void {
    client.userData = seat;
    this.lastActivity = Date.now();
    if (seat.kind === 'participant') {
      // A seat may hold two connections (two tabs, or a reload before the old one timed out).
      this.present.set(seat.seat, (this.present.get(seat.seat) ?? 0) + 1);
      this.state.joined = this.present.size;
      const ballot = this.vote?.ballots.get(seat.seat);
      if (!ballot || !this.vote) return;
      // Back with another name or team (it was mistyped): the vote already cast now counts for it.
      if (ballot.name !== seat.name || ballot.team !== seat.team) {
        const moved = { ...ballot, name: seat.name, team: seat.team };
        this.vote.ballots.set(seat.seat, moved);
        this.toFacilitators('ballot', this.forPresenter(moved));
      }
      client.send('ballot-ok', { key: this.vote.open.key, choice: ballot.choice });
      return;
    }
    if (this.session) client.send('session', this.session);
    if (seat.kind === 'facilitator') client.send('ballots', this.ballotsForPresenter());
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    this.gate.forget(client.sessionId);
    if (!consented && !this.kicked.delete(client.sessionId)) {
      try {
        await this.allowReconnection(client, RECONNECT_SECONDS);
        return;
      } catch {
        // The seat's time ran out: the person has left (their vote, if any, still counts).
      }
    }
    const seat = client.userData as Seat | undefined;
    if (seat?.kind !== 'participant') return;
    const left = (this.present.get(seat.seat) ?? 1) - 1;
    if (left > 0) this.present.set(seat.seat, left);
    else this.present.delete(seat.seat);
    this.state.joined = this.present.size;
  }

  /** The one gate every message passes: rate first, then the sender's rights and the message's schema. */
  private receive(client: Client, type: string | number, message: unknown): void {
    const seat = client.userData as Seat | undefined;
    if (!seat) return;
    const rate = this.gate.admit(client.sessionId, seat.kind === 'facilitator' ? 60 : 6);
    if (rate === 'drop') return;
    if (rate === 'kick') {
      this.kicked.add(client.sessionId);
      return client.leave(4029, 'too many messages');
    }
    this.lastActivity = Date.now();
    const refuse = (why: string): void => client.send('refused', { type: String(type), why });
    if (seat.kind === 'participant') {
      // A ballot's refusal also goes as its key, which the phone words in its own language.
      const refuseBallot = (refusal: BallotRefusal): void =>
        client.send('refused', { type: 'ballot', why: t(`roomRefusals.${refusal}`), refusal });
      if (type !== 'ballot') return refuse('participants can only vote');
      const read = BallotMessageSchema.safeParse(message);
      if (!read.success)
        return refuse(wordProblem(describeProblems(read.error.issues, message), 'en'));
      if (!this.vote) return refuseBallot('noVoteOpen');
      const who = { seat: seat.seat, name: seat.name, team: seat.team };
      const cast = castBallot(this.vote, read.data, who);
      if (!cast.ok) return refuseBallot(cast.refusal);
      this.state.cast += 1;
      this.showTally();
      client.send('ballot-ok', { key: read.data.key, choice: cast.ballot.choice });
      this.toFacilitators('ballot', this.forPresenter(cast.ballot));
      return;
    }
    if (seat.kind === 'watcher') return refuse('a projector only watches');
    this.facilitate(type, message, refuse);
  }

  private facilitate(type: string | number, message: unknown, refuse: (why: string) => void): void {
    switch (type) {
      case 'open': {
        const read = OpenVoteSchema.safeParse(message);
        if (!read.success)
          return refuse(wordProblem(describeProblems(read.error.issues, message), 'en'));
        // The same decision opened again (a reloaded presenter) keeps the ballots cast so far.
        if (!this.vote || this.vote.open.key !== read.data.key) {
          this.vote = openLiveVote(read.data);
          this.state.cast = 0;
        }
        this.vote.closed = false;
        this.state.key = read.data.key;
        this.state.prompt = read.data.prompt;
        this.state.phase = 'open';
        this.state.choices.splice(0, this.state.choices.length);
        for (const c of read.data.choices)
          this.state.choices.push(new ChoiceCount({ id: c.id, label: c.label, votes: 0 }));
        this.showTally();
        this.toFacilitators('ballots', this.ballotsForPresenter());
        return;
      }
      case 'close': {
        if (!this.vote) return refuse('no vote is open');
        this.vote.closed = true;
        this.state.phase = 'closed';
        const { key } = this.vote.open;
        const result = { key, tally: liveTally(this.vote), reasons: liveReasons(this.vote) };
        return this.toFacilitators('closed', result);
      }
      case 'hide':
        this.vote = null;
        this.state.phase = 'waiting';
        this.state.key = '';
        this.state.choices.splice(0, this.state.choices.length);
        this.state.voted = 0;
        return;
      case 'session': {
        const read = SessionMessageSchema.safeParse(message);
        if (!read.success)
          return refuse(wordProblem(describeProblems(read.error.issues, message), 'en'));
        this.session = read.data;
        for (const c of this.clients)
          if ((c.userData as Seat | undefined)?.kind !== 'participant')
            c.send('session', read.data);
        return;
      }
      case 'end':
        this.state.phase = 'ended';
        this.broadcast('ended', {});
        this.clock.setTimeout(() => void this.disconnect(), 500);
        return;
      default:
        return refuse(`'${String(type).slice(0, 40)}' is not a room command`);
    }
  }

  private showTally(): void {
    if (!this.vote) return;
    const tally = liveTally(this.vote);
    for (const choice of this.state.choices) choice.votes = tally[choice.id] ?? 0;
    this.state.voted = this.vote.ballots.size;
  }

  private forPresenter(ballot: Ballot): Ballot {
    return { ...ballot, seat: seatLabel(ballot.seat) };
  }

  private ballotsForPresenter(): { key: string; ballots: Ballot[] } {
    const ballots = [...(this.vote?.ballots.values() ?? [])].map((b) => this.forPresenter(b));
    return { key: this.vote?.open.key ?? '', ballots };
  }

  private toFacilitators(type: string, message: unknown): void {
    for (const c of this.clients)
      if ((c.userData as Seat | undefined)?.kind === 'facilitator') c.send(type, message);
  }

  override onDispose(): void {
    this.gate.clear();
  }
}
