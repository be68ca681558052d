/**
 * The presenter's panel for the room's before-and-after check: on a role's briefing (before) and
 * its debrief (after), a count per answer for each question, typed from a show of hands, sent as
 * one `record-check` command. Counts only: nothing names a person. When rooms vote from their own
 * devices, their summed votes arrive through the same command, and this panel shows them.
 */
import type { CheckPhase } from '../../engine/check-answers';
import { MAX_VOTES } from '../../engine/limits';
import type { Scenario } from '../../engine/schema';
import { checkQuestions, type RoomCheckTally } from '../../facilitation/room-check';
import { checkPhaseAt } from '../../facilitation/room-check-display';
import type { RoomCommand, RoomState } from '../../facilitation/room-session';
import { button, el } from '../dom';
import { t } from '../../i18n/translate';
import './check-panel.css';

/**
 * The check panel for where the room is: before a role (its rejoin screen or briefing), after it
 * (its debrief); null elsewhere, or for a role without a check.
 */
export function checkPanel(
  scenario: Scenario,
  state: RoomState,
  roleId: string | undefined,
  send: (command: RoomCommand) => void,
): HTMLElement | null {
  const phase: CheckPhase | null = checkPhaseAt(state.screen);
  const role = scenario.roles.find((r) => r.id === roleId);
  if (!phase || !role?.assessment) return null;
  const kept = state.record.checks?.find((c) => c.role === role.id && c.phase === phase);
  const inputs: { item: string; answer: string; input: HTMLInputElement }[] = [];
  const questions = checkQuestions(role.assessment).map((q) =>
    el(
      'fieldset',
      { className: 'room-check-item' },
      el('legend', { text: q.text }),
      ...q.answers.map((a) => {
        const input = el('input', {
          id: `room-check-${phase}-${q.id}-${a.id}`,
          className: 'room-check-count',
          attrs: {
            type: 'number',
            min: '0',
            max: String(MAX_VOTES),
            step: '1',
            inputmode: 'numeric',
          },
        });
        const count = kept?.counts[q.id]?.[a.id];
        if (count !== undefined) input.value = String(count);
        inputs.push({ item: q.id, answer: a.id, input });
        return el(
          'div',
          { className: 'vote-row' },
          el('label', { attrs: { for: input.id }, text: a.label }),
          input,
        );
      }),
    ),
  );
  const record = (): void => {
    const counts: RoomCheckTally['counts'] = {};
    for (const { item, answer, input } of inputs) {
      if (input.value.trim() === '') continue;
      counts[item] = { ...counts[item], [answer]: Number(input.value) };
    }
    send({ type: 'record-check', tally: { role: role.id, phase, counts } });
  };
  const headingId = `room-check-heading-${phase}`;
  const recordButton = button(
    kept ? t('checkPanel.recordAgain') : t('checkPanel.record'),
    record,
    kept ? 'secondary' : 'primary',
  );
  // A stable id keeps focus on the button when the window redraws after the command.
  recordButton.id = `room-check-record-${phase}`;
  const shown = state.checkShown === phase;
  const showButton = button(
    shown ? t('checkPanel.hideOnProjector') : t('checkPanel.showOnProjector'),
    () => send({ type: 'show-check', shown: !shown }),
  );
  showButton.id = `room-check-show-${phase}`;
  return el(
    'section',
    { className: 'room-check', attrs: { 'aria-labelledby': headingId } },
    el('h2', { id: headingId, text: t('checkPanel.heading', { phase }) }),
    el('p', {
      text: phase === 'before' ? t('checkPanel.howBefore') : t('checkPanel.howAfter'),
    }),
    kept
      ? el('p', {
          className: 'room-check-kept',
          attrs: { role: 'status' },
          text: t('checkPanel.recorded'),
        })
      : null,
    showButton,
    ...questions,
    recordButton,
  );
}
