import type { SessionView } from '../../engine/view-types';
import { button, el, paragraphs } from '../dom';
import { citations } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import type { Screen } from './screen';
import { roleStage } from '../../stage/stage-events';
import { MAIN_LINE } from '../../facilitation/history-words';

/**
 * Where a role begins when the world does not hold what it needs: played alone, the role starts
 * from the scenario's main line; in a campaign whose earlier roles left it, it rejoins it.
 */
export function rejoinScreen(view: SessionView, rejoin: () => void): Screen {
  const campaign = view.mode === 'campaign';
  const heading = el('h1', {
    id: 'rejoin-heading',
    text: campaign ? 'Rejoin history' : 'Where the story stands',
  });
  const why = campaign
    ? `Your earlier choices left this role with nothing to face. To play it, the story returns to ${MAIN_LINE.name}. ${MAIN_LINE.explained}`
    : `This role begins where ${MAIN_LINE.name} had got to:`;
  const panel = el(
    'article',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(view.role?.name ?? null),
    el('p', { className: 'kicker', text: view.role?.name ?? '' }),
    heading,
    el('p', { text: why }),
    ...paragraphs(view.rejoin?.text ?? ''),
    citations(view.rejoin?.sources ?? [], 'Source', true),
    el(
      'div',
      { className: 'actions' },
      button(campaign ? 'Rejoin history' : 'Begin', rejoin, 'primary'),
    ),
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'briefing', ...roleStage(view.role) },
  };
}
