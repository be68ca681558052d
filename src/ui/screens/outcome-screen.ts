import type { SessionView } from '../../engine/view-types';
import { button, el, paragraphs, uniqueId } from '../dom';
import { basisSummary, citations } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import { describeMeterChanges, meterBars, meterChanges } from '../parts/meters';
import { statusLabel } from '../parts/status-label';
import type { Screen } from './screen';
import { roleStage } from '../../stage/stage-events';
import { t } from '../../i18n/translate';

/** What followed a choice: its text, how sure the source is, and the excerpt it rests on. */
export function outcomeScreen(
  view: SessionView,
  previousMeters: ReadonlyMap<string, number>,
  onward: () => void,
): Screen {
  const outcome = view.lastOutcome;
  if (!outcome) throw new Error('an outcome screen needs an outcome');
  const roleName = view.role?.name ?? view.roles.find((r) => r.id === outcome.role)?.name ?? null;
  const heading = el('h1', { id: uniqueId('outcome'), text: t('play.whatFollows') });
  const changes = meterChanges(view.meters, previousMeters);
  const whatIf =
    outcome.status === 'what-if'
      ? el(
          'div',
          { className: 'what-if-note' },
          el('p', { text: t('play.whatIfNote') }),
          citations(outcome.basis, basisSummary, true),
        )
      : null;
  const panel = el(
    'article',
    { className: 'panel outcome', attrs: { 'aria-labelledby': heading.id } },
    roleName ? classificationBanner(roleName) : null,
    el('p', { className: 'kicker', text: t('play.youChose', { choice: outcome.choiceLabel }) }),
    heading,
    statusLabel(outcome.status),
    ...paragraphs(outcome.text),
    citations(outcome.sources),
    whatIf,
    meterBars(view.meters, previousMeters),
    el(
      'div',
      { className: 'actions' },
      button(t(view.phase === 'ending' ? 'play.seeHowItEnds' : 'play.continue'), onward, 'primary'),
    ),
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: {
      screen: 'outcome',
      setting: view.beat?.setting ?? null,
      ...roleStage(view.role),
    },
    announce: describeMeterChanges(changes),
  };
}
