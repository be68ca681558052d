/**
 * Recording the room's decision: votes per choice (the winner is taken; a tie is asked again
 * between the tied choices), or the choice the room agreed on; with a one-line reason either way.
 */
import type { ChoiceView } from '../../engine/view-types';
import { MAX_REASON_CHARS, MAX_VOTES } from '../../engine/limits';
import type { RoomCommand } from '../../facilitation/room-session';
import { button, el } from '../dom';

type RecordDecision = Extract<RoomCommand, { type: 'record-decision' }>;

/**
 * `closeLive`, when phones are voting: closes their vote and records it, with the hands typed
 * here added (a mixed room), and the reason.
 */
export function voteForm(
  choices: readonly ChoiceView[],
  tie: { choices: string[] } | null,
  record: (command: RecordDecision) => void,
  closeLive?: (typed: Record<string, number>, rationale: string) => void,
): HTMLElement {
  const voting = tie ? choices.filter((choice) => tie.choices.includes(choice.id)) : choices;
  const voteInputs = voting.map((choice) => {
    const input = el('input', {
      id: `vote-${choice.id}`,
      className: 'vote-count',
      attrs: { type: 'number', min: '0', max: String(MAX_VOTES), step: '1', inputmode: 'numeric' },
    });
    const row = el(
      'div',
      { className: 'vote-row' },
      el('label', { attrs: { for: input.id }, text: `Votes for “${choice.label}”` }),
      input,
    );
    return { choice, input, row };
  });
  const rationale = el('input', {
    id: 'vote-rationale',
    attrs: { type: 'text', maxlength: String(MAX_REASON_CHARS), autocomplete: 'off' },
  });
  const agreed = el(
    'select',
    { id: 'vote-agreed' },
    el('option', { text: 'Choose…', attrs: { value: '' } }),
    ...choices.map((choice) => el('option', { text: choice.label, attrs: { value: choice.id } })),
  );
  const typedTally = (): Record<string, number> => {
    const tally: Record<string, number> = {};
    for (const { choice, input } of voteInputs)
      if (input.value.trim() !== '') tally[choice.id] = Number(input.value);
    return tally;
  };
  const recordVotes = (): void =>
    record({ type: 'record-decision', tally: typedTally(), rationale: rationale.value });
  const recordAgreed = (): void =>
    record({
      type: 'record-decision',
      ...(agreed.value ? { choice: agreed.value } : {}),
      rationale: rationale.value,
    });
  return el(
    'section',
    { className: 'vote-form', attrs: { 'aria-labelledby': 'vote-heading' } },
    el('h2', { id: 'vote-heading', text: "The room's decision" }),
    tie
      ? el('p', {
          className: 'room-tie',
          text: `A tie: ask the room again between ${voting.map((c) => `“${c.label}”`).join(' and ')}.`,
        })
      : null,
    el(
      'div',
      { className: 'vote-reason' },
      el('label', { attrs: { for: rationale.id }, text: 'The room’s reason, in one line' }),
      rationale,
    ),
    el(
      'fieldset',
      {},
      el('legend', {
        text: closeLive
          ? 'Hands raised in the room (added to the phone votes)'
          : tie
            ? 'Votes, second round'
            : 'Votes (a show of hands)',
      }),
      ...voteInputs.map((entry) => entry.row),
      closeLive
        ? button(
            'Close the phone vote and record it',
            () => closeLive(typedTally(), rationale.value),
            'primary',
          )
        : null,
      button('Record the votes', recordVotes, closeLive ? 'secondary' : 'primary'),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: 'Or, without a vote' }),
      el('label', { attrs: { for: agreed.id }, text: 'The room agreed on' }),
      agreed,
      button('Record this choice', recordAgreed),
    ),
  );
}
