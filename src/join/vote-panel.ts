/**
 * What a participant sees on joining: that it is joining (and, while no room has the code, a way
 * to enter another), then once in the room a wait, then the decision with its choices (a group
 * named "Choices"), a one-line reason and a send button, which becomes "Change my vote" once the
 * vote is in; then that the vote is closed, or that the session has ended.
 */
import { MAX_REASON_CHARS } from '../engine/limits';
import { spacedCode, type BallotMessage } from '../facilitation/live-vote';
import type { RoomView } from '../live-room/room-view';
import { el } from '../ui/dom';
import { t } from '../i18n/translate';

export interface VotePanel {
  nodes: HTMLElement[];
  heading: HTMLElement;
  show(view: RoomView, mine: BallotMessage | null): void;
  /** The server took this seat's vote. */
  accepted(ballot: { key: string; choice: string }): void;
  /** A join failed and is being tried again; `noRoom`: no room has this code. */
  notInYet(noRoom: boolean): void;
  ended(): void;
}

/** Who this phone joined as, and a way back to the form to change it (a mistyped team). */
function joinedAs(profile: { name: string; team: string }, change: () => void): HTMLElement {
  const { name, team } = profile;
  const joined =
    name && team
      ? t('join.joinedAsNameAndTeam', { name, team })
      : name
        ? t('join.joinedAsName', { name })
        : team
          ? t('join.joinedAsTeam', { team })
          : t('join.joinedAnonymously');
  return el(
    'p',
    { className: 'join-as' },
    `${joined} `,
    el('button', {
      id: 'join-change-profile',
      className: 'link-button',
      text: t('join.changeProfile'),
      attrs: { type: 'button' },
      onClick: change,
    }),
  );
}

export function votePanel(
  actions: {
    vote: (choice: string, reason: string) => void;
    changeProfile: () => void;
    otherCode: () => void;
  },
  code: string,
  profile: { name: string; team: string },
): VotePanel {
  // Not "in the room" until the room's first state arrives: a mistyped code never gets there.
  const heading = el('h1', {
    id: 'vote-heading',
    text: t('join.joiningRoom', { code: spacedCode(code) }),
    attrs: { tabindex: '-1' },
  });
  const note = el('p', { className: 'join-note' });
  const body = el('div', { className: 'join-body' });
  let drawnKey = '';
  let labels = new Map<string, string>();
  let accepted: { key: string; choice: string } | null = null;
  const openNote = (key: string): string =>
    accepted?.key === key
      ? t('join.voteIn', { choice: labels.get(accepted.choice) ?? accepted.choice })
      : t('join.voteOpen');

  const drawVote = (view: RoomView, mine: BallotMessage | null): void => {
    drawnKey = view.key;
    labels = new Map(view.choices.map((c) => [c.id, c.label]));
    const picked = mine?.key === view.key ? mine.choice : '';
    const options = view.choices.map((choice, i) => {
      const input = el('input', {
        id: `join-choice-${i}`,
        attrs: { type: 'radio', name: 'join-choice', value: choice.id },
      });
      input.checked = choice.id === picked;
      return el(
        'div',
        { className: 'join-choice' },
        input,
        el('label', { attrs: { for: input.id }, text: choice.label }),
      );
    });
    const reason = el('input', {
      id: 'join-reason',
      attrs: { type: 'text', maxlength: String(MAX_REASON_CHARS), autocomplete: 'off' },
    });
    reason.value = mine?.key === view.key ? mine.reason : '';
    const error = el('p', { id: 'join-vote-error', className: 'join-error' });
    const send = el('button', {
      className: 'primary',
      text: t(picked ? 'join.changeVote' : 'join.sendVote'),
      attrs: { type: 'submit' },
    });
    const form = el(
      'form',
      { attrs: { novalidate: '' } },
      el('fieldset', {}, el('legend', { text: t('join.choices') }), ...options),
      el(
        'div',
        { className: 'join-field' },
        el('label', { attrs: { for: reason.id }, text: t('join.reasonLabel') }),
        reason,
      ),
      error,
      send,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name=join-choice]:checked');
      if (!chosen) {
        error.textContent = t('join.pickFirst');
        form.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
        return;
      }
      error.textContent = '';
      actions.vote(chosen.value, reason.value.replace(/\s+/g, ' ').trim());
    });
    body.replaceChildren(el('p', { className: 'join-prompt', text: view.prompt }), form);
  };

  return {
    nodes: [heading, note, body, joinedAs(profile, actions.changeProfile)],
    heading,
    show(view, mine) {
      heading.textContent = t('join.inTheRoom');
      if (view.phase === 'open') {
        if (view.key !== drawnKey) drawVote(view, mine);
        const text = openNote(view.key);
        if (note.textContent !== text) note.textContent = text;
        return;
      }
      drawnKey = '';
      body.replaceChildren();
      note.textContent =
        view.phase === 'closed'
          ? mine?.key === view.key
            ? t('join.closedWithVote', { choice: labels.get(mine.choice) ?? mine.choice })
            : t('join.closed')
          : view.phase === 'ended'
            ? t('join.ended')
            : t('join.waitForVote');
    },
    accepted(ballot) {
      accepted = ballot;
      const button = body.querySelector('button[type=submit]');
      if (button) button.textContent = t('join.changeVote');
      note.textContent = openNote(ballot.key);
    },
    notInYet(noRoom) {
      note.textContent = noRoom ? t('join.noRoom', { code: spacedCode(code) }) : '';
      if (!noRoom) return body.replaceChildren();
      if (body.querySelector('#join-other-code')) return;
      body.replaceChildren(
        el('button', {
          id: 'join-other-code',
          className: 'secondary',
          text: t('join.otherCode'),
          attrs: { type: 'button' },
          onClick: actions.otherCode,
        }),
      );
    },
    ended() {
      body.replaceChildren();
      note.textContent = t('join.endedThanks');
    },
  };
}
