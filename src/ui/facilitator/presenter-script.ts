/**
 * The presenter as a script: at each step, the words to read aloud (the scene, then the outcome)
 * and the questions for this moment, so the facilitator never has to read them off the projector.
 */
import type { Scenario } from '../../engine/schema';
import type { SessionView } from '../../engine/view-types';
import type { RoomState } from '../../facilitation/room-session';
import { el, list, paragraphs } from '../dom';
import { t } from '../../i18n/translate';
import { discussedQuestions, type DiscussedTick } from './discussed-questions';

/** The words to read aloud on the screen the room is on. */
export function readAloud(scenario: Scenario, state: RoomState, view: SessionView): HTMLElement {
  const parts: (HTMLElement | null)[] = [];
  switch (state.screen) {
    case 'overview':
      parts.push(...paragraphs(scenario.summary));
      break;
    case 'briefing':
      if (view.role) {
        parts.push(...paragraphs(view.role.briefing));
        if (view.role.knows.length > 0)
          parts.push(el('p', { text: t('presenter.whatYouKnow') }), list(view.role.knows));
      }
      break;
    case 'beat':
      if (view.beat) {
        parts.push(...paragraphs(view.beat.text));
        for (const inject of view.injects)
          parts.push(
            el('p', {
              className: 'script-news',
              text: t('presenter.news', { headline: inject.headline, text: inject.text }),
            }),
          );
        if (view.beat.prompt)
          parts.push(el('p', { className: 'script-prompt', text: view.beat.prompt }));
        if (state.revealed && view.choices.length > 0)
          parts.push(
            el('ol', {}, ...view.choices.map((choice) => el('li', { text: choice.label }))),
          );
      }
      break;
    case 'outcome':
      if (view.lastOutcome)
        parts.push(
          el('p', {
            className: 'script-prompt',
            text: t('presenter.roomChose', { choice: view.lastOutcome.choiceLabel }),
          }),
          ...paragraphs(view.lastOutcome.text),
        );
      break;
    case 'rejoin':
      if (view.rejoin) parts.push(...paragraphs(view.rejoin.text));
      break;
    case 'debrief':
      if (view.ending)
        parts.push(...paragraphs(view.ending.debrief), ...paragraphs(view.ending.reality.text));
      break;
    default:
      parts.push(el('p', { text: t('presenter.thankRoom') }));
  }
  return el(
    'section',
    { className: 'script-read', attrs: { 'aria-labelledby': 'script-read-heading' } },
    el('h2', { id: 'script-read-heading', text: t('presenter.readAloud') }),
    ...parts,
  );
}

/** The questions for the screen the room is on: its beat's (through the outcome) or its ending's. */
export function questionsHere(state: RoomState, view: SessionView): string[] {
  const questions =
    state.screen === 'beat' || state.screen === 'outcome'
      ? [...(view.beat?.facilitator?.questions ?? []), ...(view.beat?.questions ?? [])]
      : state.screen === 'debrief'
        ? (view.ending?.questions ?? [])
        : [];
  return [...new Set(questions)];
}

/**
 * The questions for this moment, once: as tick boxes for the report when `tick` is given and the
 * room is in a role, else as a list.
 */
export function questionsNow(
  state: RoomState,
  view: SessionView,
  tick?: DiscussedTick,
): HTMLElement | null {
  const questions = questionsHere(state, view);
  if (questions.length === 0) return null;
  return el(
    'section',
    { className: 'script-questions', attrs: { 'aria-labelledby': 'script-questions-heading' } },
    el('h2', { id: 'script-questions-heading', text: t('presenter.questionsNow') }),
    (tick && discussedQuestions(state, view, questions, tick)) ?? list(questions),
  );
}
