import type { SessionView } from '../../engine/view-types';
import { button, el, list, paragraphs } from '../dom';
import { classificationBanner } from '../parts/classification-banner';
import type { Screen } from './screen';
import { roleStage } from '../../stage/stage-events';
import { t } from '../../i18n/translate';

/** The role's briefing: who you are, what you know, what you are here to learn. */
export function briefingScreen(view: SessionView, begin: () => void): Screen {
  const role = view.role;
  if (!role) throw new Error('a briefing needs a role');
  const heading = el('h1', {
    id: 'briefing-heading',
    text: t('play.briefing', { role: role.name }),
  });
  const panel = el(
    'article',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(role.name),
    heading,
    ...paragraphs(role.briefing),
    role.knows.length ? el('h2', { text: t('play.whatYouKnow') }) : null,
    list(role.knows),
    role.learningObjectives.length
      ? el(
          'details',
          { className: 'objectives' },
          el('summary', { text: t('play.objectives') }),
          list(role.learningObjectives),
        )
      : null,
    el('div', { className: 'actions' }, button(t('play.begin'), begin, 'primary')),
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'briefing', setting: view.beat?.setting ?? null, ...roleStage(role) },
  };
}
