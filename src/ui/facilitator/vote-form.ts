/**
 * Recording the room's decision: votes per choice (the winner is taken; a tie is asked again
 * between the tied choices), or the choice the room agreed on; with a one-line reason either way.
 */
import type { ChoiceView } from '../../engine/view-types';
import { MAX_REASON_CHARS, MAX_VOTES } from '../../engine/limits';
import type { RoomCommand } from '../../facilitation/room-session';
import { button, el } from '../dom';
import { formatList, t } from '../../i18n/translate';

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
      el('label', {
        attrs: { for: input.id },
        text: t('roomVote.votesFor', { choice: choice.label }),
      }),
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
    el('option', { text: t('roomVote.choose'), attrs: { value: '' } }),
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
    el('h2', { id: 'vote-heading', text: t('roomVote.heading') }),
    tie
      ? el('p', {
          className: 'room-tie',
          text: t('roomVote.tie', { choices: quotedList(voting) }),
        })
      : null,
    el(
      'div',
      { className: 'vote-reason' },
      el('label', { attrs: { for: rationale.id }, text: t('roomVote.reason') }),
      rationale,
    ),
    el(
      'fieldset',
      {},
      el('legend', {
        text: closeLive
          ? t('roomVote.handsAndPhones')
          : tie
            ? t('roomVote.secondRound')
            : t('roomVote.showOfHands'),
      }),
      ...voteInputs.map((entry) => entry.row),
      closeLive
        ? button(
            t('roomVote.closePhoneVote'),
            () => closeLive(typedTally(), rationale.value),
            'primary',
          )
        : null,
      button(t('roomVote.recordVotes'), recordVotes, closeLive ? 'secondary' : 'primary'),
    ),
    el(
      'fieldset',
      {},
      el('legend', { text: t('roomVote.withoutVote') }),
      el('label', { attrs: { for: agreed.id }, text: t('roomVote.agreedOn') }),
      agreed,
      button(t('roomVote.recordChoice'), recordAgreed),
    ),
  );
}

/** The tied choices, each in quotation marks: "“A” and “B”" ("„A“ und „B“"). */
export function quotedList(choices: readonly { label: string }[]): string {
  return formatList(choices.map((choice) => t('roomVote.quoted', { text: choice.label })));
}
