import type { SessionView } from '../../engine/view-types';
import { button, el, paragraphs } from '../dom';
import { citations, sourceSummary } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import type { Screen } from './screen';
import { roleStage } from '../../stage/stage-events';
import { t } from '../../i18n/translate';

/**
 * Where a role begins when the world does not hold what it needs: played alone, the role starts
 * from the scenario's main line; in a campaign whose earlier roles left it, it rejoins it.
 */
export function rejoinScreen(view: SessionView, rejoin: () => void): Screen {
  const campaign = view.mode === 'campaign';
  const heading = el('h1', {
    id: 'rejoin-heading',
    text: t(campaign ? 'play.rejoinHistory' : 'play.whereTheStoryStands'),
  });
  // The main line is named inside each sentence, in the case that sentence's grammar wants.
  const why = campaign
    ? `${t('play.rejoinWhy')} ${t('history.mainLineExplained')}`
    : t('play.rejoinAlone');
  const panel = el(
    'article',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(view.role?.name ?? null),
    el('p', { className: 'kicker', text: view.role?.name ?? '' }),
    heading,
    el('p', { text: why }),
    ...paragraphs(view.rejoin?.text ?? ''),
    citations(view.rejoin?.sources ?? [], sourceSummary, true),
    el(
      'div',
      { className: 'actions' },
      button(t(campaign ? 'play.rejoinHistory' : 'play.begin'), rejoin, 'primary'),
    ),
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'briefing', ...roleStage(view.role) },
  };
}
