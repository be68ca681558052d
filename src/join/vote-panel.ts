/**
 * What a participant sees once in the room: a wait, then the decision with its choices (a group
 * named "Choices"), a one-line reason and a send button, which becomes "Change my vote" once the
 * vote is in; then that the vote is closed, or that the session has ended.
 */
import { MAX_REASON_CHARS } from '../engine/limits';
import type { BallotMessage } from '../facilitation/live-vote';
import type { RoomView } from '../live-room/room-view';
import { el } from '../ui/dom';

export interface VotePanel {
  nodes: HTMLElement[];
  heading: HTMLElement;
  show(view: RoomView, mine: BallotMessage | null): void;
  /** The server took this seat's vote. */
  accepted(ballot: { key: string; choice: string }): void;
  ended(): void;
}

/** Who this phone joined as, and a way back to the form to change it (a mistyped team). */
function joinedAs(profile: { name: string; team: string }, change: () => void): HTMLElement {
  const parts = [profile.name, profile.team && `team “${profile.team}”`].filter(Boolean);
  return el(
    'p',
    { className: 'join-as' },
    parts.length > 0
      ? `You joined as ${parts.join(', ')}. `
      : 'You joined without a name or team. ',
    el('button', {
      id: 'join-change-profile',
      className: 'link-button',
      text: 'Change name or team',
      attrs: { type: 'button' },
      onClick: change,
    }),
  );
}

export function votePanel(
  actions: { vote: (choice: string, reason: string) => void; changeProfile: () => void },
  profile: { name: string; team: string },
): VotePanel {
  const heading = el('h1', {
    id: 'vote-heading',
    text: 'You are in the room',
    attrs: { tabindex: '-1' },
  });
  const note = el('p', {
    className: 'join-note',
    text: 'Wait for the facilitator to open a vote.',
  });
  const body = el('div', { className: 'join-body' });
  let drawnKey = '';
  let labels = new Map<string, string>();
  let accepted: { key: string; choice: string } | null = null;
  const openNote = (key: string): string =>
    accepted?.key === key
      ? `Your vote is in: ${labels.get(accepted.choice) ?? accepted.choice}. You can change it until the vote closes.`
      : 'The vote is open. You can change your vote until the facilitator closes it.';

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
      text: picked ? 'Change my vote' : 'Send my vote',
      attrs: { type: 'submit' },
    });
    const form = el(
      'form',
      { attrs: { novalidate: '' } },
      el('fieldset', {}, el('legend', { text: 'Choices' }), ...options),
      el(
        'div',
        { className: 'join-field' },
        el('label', { attrs: { for: reason.id }, text: 'Your reason, in one line (optional)' }),
        reason,
      ),
      error,
      send,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = form.querySelector<HTMLInputElement>('input[name=join-choice]:checked');
      if (!chosen) {
        error.textContent = 'Pick one of the choices first.';
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
            ? `The vote is closed. Your vote: ${labels.get(mine.choice) ?? mine.choice}.`
            : 'The vote is closed.'
          : view.phase === 'ended'
            ? 'The session has ended.'
            : 'Wait for the facilitator to open a vote.';
    },
    accepted(ballot) {
      accepted = ballot;
      const button = body.querySelector('button[type=submit]');
      if (button) button.textContent = 'Change my vote';
      note.textContent = openNote(ballot.key);
    },
    ended() {
      body.replaceChildren();
      note.textContent = 'The session has ended. Thank you for taking part.';
    },
  };
}
