import type { Assessment } from '../../engine/assessment-schema';
import type { CheckAnswers, CheckPhase } from '../../engine/check-answers';
import type { SessionView } from '../../engine/view-types';
import { roleStage } from '../../stage/stage-events';
import { button, el } from '../dom';
import { checkForm } from '../check/check-form';
import { classificationBanner } from '../parts/classification-banner';
import '../check/check.css';
import type { Screen } from './screen';

/** What the learner can do on the check: hand it in, or skip it. */
export interface CheckActions {
  answer: (answers: CheckAnswers) => void;
  skip: () => void;
}

const WORDS: Record<CheckPhase, { heading: string; intro: string; skip: string }> = {
  before: {
    heading: 'Before you start: a quick check',
    intro:
      'A few questions on what this role is about, asked again after the debrief so you can see what changed. Answer what you like, or skip it. Your answers stay on this device.',
    skip: 'Skip the check',
  },
  after: {
    heading: 'The same check again',
    intro:
      'The questions you saw before the briefing. Answer them as you see things now; the debrief then shows what changed and explains each answer with its source.',
    skip: 'Back to the debrief',
  },
};

/** One screen: the role's check, before the briefing or after the debrief. */
export function checkScreen(
  view: SessionView,
  assessment: Assessment,
  phase: CheckPhase,
  actions: CheckActions,
): Screen {
  const role = view.role;
  if (!role) throw new Error('a check needs a role');
  const words = WORDS[phase];
  const heading = el('h1', { id: 'check-heading', text: words.heading });
  const form = checkForm(assessment);
  const element = el(
    'form',
    { className: 'check-form', attrs: { 'aria-labelledby': heading.id } },
    ...form.fields,
    el(
      'div',
      { className: 'actions' },
      el('button', {
        className: 'primary',
        text: phase === 'before' ? 'Done: on to the briefing' : 'Done: see what changed',
        attrs: { type: 'submit' },
      }),
      button(words.skip, actions.skip),
    ),
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.answer(form.read());
  });
  const panel = el(
    'article',
    { className: 'panel check', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(role.name),
    el('p', { className: 'kicker', text: role.name }),
    heading,
    el('p', { text: words.intro }),
    element,
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'briefing', setting: null, ...roleStage(role) },
  };
}
