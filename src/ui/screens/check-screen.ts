import type { Assessment } from '../../engine/assessment-schema';
import type { CheckAnswers, CheckPhase } from '../../engine/check-answers';
import type { SessionView } from '../../engine/view-types';
import { roleStage } from '../../stage/stage-events';
import { button, el } from '../dom';
import { checkForm } from '../check/check-form';
import { classificationBanner } from '../parts/classification-banner';
import '../check/check.css';
import type { Screen } from './screen';
import { t, type MessageKey } from '../../i18n/translate';

/** What the learner can do on the check: hand it in, or skip it. */
export interface CheckActions {
  answer: (answers: CheckAnswers) => void;
  skip: () => void;
}

/** Each phase's words, as message keys (worded when the screen is drawn). */
const WORDS: Record<CheckPhase, Record<'heading' | 'intro' | 'done' | 'skip', MessageKey>> = {
  before: {
    heading: 'selfCheck.beforeHeading',
    intro: 'selfCheck.beforeIntro',
    done: 'selfCheck.beforeDone',
    skip: 'selfCheck.beforeSkip',
  },
  after: {
    heading: 'selfCheck.afterHeading',
    intro: 'selfCheck.afterIntro',
    done: 'selfCheck.afterDone',
    skip: 'selfCheck.afterSkip',
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
  const heading = el('h1', { id: 'check-heading', text: t(words.heading) });
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
        text: t(words.done),
        attrs: { type: 'submit' },
      }),
      button(t(words.skip), actions.skip),
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
    el('p', { text: t(words.intro) }),
    element,
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'briefing', setting: null, ...roleStage(role) },
  };
}
