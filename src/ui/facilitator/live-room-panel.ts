/**
 * The room's phones on the presenter and the projector: the join link (its name says "join") and
 * a QR code, the room code to type, how many have joined and the votes per choice. The presenter
 * also sees who voted what and why; the projector never shows a name or a reason.
 */
import type { Ballot } from '../../facilitation/live-vote';
import type { LinkStatus } from '../../live-room/keep-connected';
import type { RoomView } from '../../live-room/room-view';
import { el } from '../dom';
import { qrCode } from '../parts/qr-code';

/** What both windows draw from. */
export interface LiveRoomFacts {
  code: string;
  joinUrl: string;
  status: LinkStatus;
  view: RoomView | null;
  /** Every team decides: the session's teams, which phones give as their team when they join. */
  teams?: readonly string[];
}

const STATUS_WORDS: Record<LinkStatus, string> = {
  connecting: 'Connecting to the room server…',
  connected: '',
  reconnecting: 'The room server is out of reach: reconnecting (votes cast so far are kept).',
  ended: 'The room has ended.',
  failed: 'The room server refused this room.',
};

/** The code in groups, easier to read out and type: "ABCD EFGH JK". */
export function spacedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

function joinBlock(facts: LiveRoomFacts, idPrefix: string): HTMLElement {
  const link = el('a', {
    id: `${idPrefix}-join-link`,
    className: 'live-join-link',
    text: `Join the vote: ${facts.joinUrl}`,
    attrs: { href: facts.joinUrl, target: '_blank', rel: 'noopener' },
  });
  return el(
    'div',
    { className: 'live-join' },
    qrCode(facts.joinUrl, 'QR code to join the vote from a phone'),
    el(
      'div',
      {},
      el('p', {}, link),
      el('p', { className: 'live-code', text: `Room code: ${spacedCode(facts.code)}` }),
      facts.teams?.length
        ? el('p', {
            className: 'live-teams',
            text: `Every team decides: as your team, give ${facts.teams.map((team) => `“${team}”`).join(', ')}.`,
          })
        : null,
    ),
  );
}

function counts(view: RoomView | null, idPrefix: string): HTMLElement[] {
  if (!view) return [];
  const joined = el('p', {
    id: `${idPrefix}-live-count`,
    className: 'live-count',
    text: `${view.joined} joined · ${view.voted} voted`,
  });
  if (view.phase !== 'open' && view.phase !== 'closed') return [joined];
  const rows = view.choices.map((c) =>
    el('li', {}, el('span', { text: c.label }), el('strong', { text: ` ${c.votes}` })),
  );
  return [
    joined,
    el('p', {
      className: 'live-phase',
      text: view.phase === 'open' ? 'Phone votes (open):' : 'Phone votes (closed):',
    }),
    el(
      'ul',
      { className: 'live-tally', attrs: { 'aria-label': 'Phone votes per choice' } },
      ...rows,
    ),
  ];
}

/** The presenter's panel, with names and reasons. */
export function presenterLivePanel(
  facts: LiveRoomFacts,
  ballots: readonly Ballot[],
  projectorUrl: string,
): HTMLElement {
  const labels = new Map(facts.view?.choices.map((c) => [c.id, c.label]) ?? []);
  const reasons = ballots.map((b) => {
    const who = [b.name, b.team && `(${b.team})`].filter(Boolean).join(' ') || 'Someone';
    return el('li', {
      text: `${who}: ${labels.get(b.choice) ?? b.choice}${b.reason ? `. “${b.reason}”` : ''}`,
    });
  });
  return el(
    'section',
    { className: 'live-room', attrs: { 'aria-labelledby': 'live-heading' } },
    el('h2', { id: 'live-heading', text: 'Votes from phones' }),
    STATUS_WORDS[facts.status]
      ? el('p', { className: 'live-status', text: STATUS_WORDS[facts.status] })
      : null,
    joinBlock(facts, 'presenter'),
    ...counts(facts.view, 'presenter'),
    reasons.length > 0 ? el('h3', { text: 'Who voted, and why' }) : null,
    reasons.length > 0 ? el('ul', { className: 'live-reasons' }, ...reasons) : null,
    el(
      'p',
      { className: 'live-projector-link' },
      'A projector on another computer: ',
      el('a', {
        text: 'open the projector there',
        attrs: { href: projectorUrl, target: '_blank', rel: 'noopener' },
      }),
    ),
  );
}

/** The projector's panel: how to join, and counts only. */
export function projectorLivePanel(facts: LiveRoomFacts): HTMLElement {
  return el(
    'section',
    { className: 'live-room live-room-projector', attrs: { 'aria-label': 'Join the vote' } },
    joinBlock(facts, 'projector'),
    ...counts(facts.view, 'projector'),
  );
}

/** Why phones cannot join here, in the presenter's panel. */
export function noRoomServerNote(): HTMLElement {
  return el(
    'section',
    { className: 'live-room', attrs: { 'aria-labelledby': 'live-heading' } },
    el('h2', { id: 'live-heading', text: 'Votes from phones' }),
    el('p', {
      text: 'Phones cannot join this session: this copy of the game runs without its room server (a single file, an offline copy or a static web host). Start it with “npm start” to let the room vote from their own devices; meanwhile count a show of hands below.',
    }),
  );
}
