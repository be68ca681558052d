/**
 * The room's phones on the presenter and the projector: the join link (its name says "join") and
 * a QR code, the room code to type, how many have joined and the votes per choice. The presenter
 * also sees who voted what and why; the projector never shows a name or a reason.
 */
import { spacedCode, type Ballot } from '../../facilitation/live-vote';
import type { LinkStatus } from '../../live-room/keep-connected';
import type { RoomView } from '../../live-room/room-view';
import { el } from '../dom';
import { t, type MessageKey } from '../../i18n/translate';
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

/** What the presenter is told of the link to the room server (nothing while connected). */
const STATUS_WORDS: Readonly<Record<LinkStatus, MessageKey | null>> = {
  connecting: 'phones.connecting',
  connected: null,
  reconnecting: 'phones.reconnecting',
  ended: 'phones.ended',
  failed: 'phones.failed',
};

function joinBlock(facts: LiveRoomFacts, idPrefix: string): HTMLElement {
  const link = el('a', {
    id: `${idPrefix}-join-link`,
    className: 'live-join-link',
    text: t('phones.joinLink', { url: facts.joinUrl }),
    attrs: { href: facts.joinUrl, target: '_blank', rel: 'noopener' },
  });
  return el(
    'div',
    { className: 'live-join' },
    qrCode(facts.joinUrl, t('phones.qrCode')),
    el(
      'div',
      {},
      el('p', {}, link),
      el('p', {
        className: 'live-code',
        text: t('phones.roomCode', { code: spacedCode(facts.code) }),
      }),
      facts.teams?.length
        ? el('p', {
            className: 'live-teams',
            text: t('phones.teams', {
              teams: facts.teams.map((team) => t('phones.quotedTeam', { team })).join(', '),
            }),
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
    text: t('phones.joined', { joined: view.joined, voted: view.voted }),
  });
  if (view.phase !== 'open' && view.phase !== 'closed') return [joined];
  const rows = view.choices.map((c) =>
    el('li', {}, el('span', { text: c.label }), el('strong', { text: ` ${c.votes}` })),
  );
  return [
    joined,
    el('p', {
      className: 'live-phase',
      text: view.phase === 'open' ? t('phones.open') : t('phones.closed'),
    }),
    el('ul', { className: 'live-tally', attrs: { 'aria-label': t('phones.tally') } }, ...rows),
  ];
}

/** The presenter's panel, with names and reasons. */
export function presenterLivePanel(
  facts: LiveRoomFacts,
  ballots: readonly Ballot[],
  projectorUrl: string,
): HTMLElement {
  const status = STATUS_WORDS[facts.status];
  const labels = new Map(facts.view?.choices.map((c) => [c.id, c.label]) ?? []);
  const reasons = ballots.map((b) => {
    const who = [b.name, b.team && `(${b.team})`].filter(Boolean).join(' ') || t('phones.someone');
    const choice = labels.get(b.choice) ?? b.choice;
    return el('li', {
      text: b.reason
        ? t('phones.ballotWithReason', { who, choice, reason: b.reason })
        : t('phones.ballot', { who, choice }),
    });
  });
  return el(
    'section',
    { className: 'live-room', attrs: { 'aria-labelledby': 'live-heading' } },
    el('h2', { id: 'live-heading', text: t('phones.heading') }),
    status ? el('p', { className: 'live-status', text: t(status) }) : null,
    joinBlock(facts, 'presenter'),
    ...counts(facts.view, 'presenter'),
    reasons.length > 0 ? el('h3', { text: t('phones.whoAndWhy') }) : null,
    reasons.length > 0 ? el('ul', { className: 'live-reasons' }, ...reasons) : null,
    el(
      'p',
      { className: 'live-projector-link' },
      t('phones.otherComputer'),
      el('a', {
        text: t('phones.openThere'),
        attrs: { href: projectorUrl, target: '_blank', rel: 'noopener' },
      }),
    ),
  );
}

/** The projector's panel: how to join, and counts only. */
export function projectorLivePanel(facts: LiveRoomFacts): HTMLElement {
  return el(
    'section',
    { className: 'live-room live-room-projector', attrs: { 'aria-label': t('phones.join') } },
    joinBlock(facts, 'projector'),
    ...counts(facts.view, 'projector'),
  );
}

/** Why phones cannot join here, in the presenter's panel. */
export function noRoomServerNote(): HTMLElement {
  return el(
    'section',
    { className: 'live-room', attrs: { 'aria-labelledby': 'live-heading' } },
    el('h2', { id: 'live-heading', text: t('phones.heading') }),
    el('p', {
      text: t('phones.noServer'),
    }),
  );
}
