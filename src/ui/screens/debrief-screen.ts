import type { Scenario } from '../../engine/schema';
import type { LogEntry } from '../../engine/session-types';
import type { SessionView } from '../../engine/view-types';
import { buildWhoKnewWhat } from '../../facilitation/who-knew-what';
import { button, el, list, paragraphs } from '../dom';
import { citations } from '../parts/citation';
import { classificationBanner } from '../parts/classification-banner';
import { decisionGraph } from '../parts/decision-graph';
import { pathSteps } from '../parts/path-steps';
import { whoKnewWhatView } from '../parts/who-knew-what';
import type { Screen } from './screen';
import { roleStage } from '../../stage/stage-events';

/** What the debrief can lead to. Absent actions are not offered (a shared path is read-only). */
export interface DebriefActions {
  nextRole?: () => void;
  playAnotherRole: () => void;
  share?: () => HTMLElement;
  playThisRole?: () => void;
}

/**
 * The debrief: how the path ended, what really happened, the two paths side by side, who knew
 * what when (from the session's `log`: the roles played so far, the others as history), questions.
 */
export function debriefScreen(
  view: SessionView,
  scenario: Scenario,
  actions: DebriefActions,
  readOnly: boolean,
  log: readonly LogEntry[],
): Screen {
  const ending = view.ending;
  const roleView = view.role;
  const role = scenario.roles.find((r) => r.id === roleView?.id);
  if (!ending || !roleView || !role) throw new Error('a debrief needs an ending');
  const heading = el('h1', { id: 'debrief-heading', text: `Debrief: ${ending.title}` });
  // A made-up exercise has no history to compare with: say nothing rather than something false.
  const verdict = scenario.fictional
    ? null
    : ending.onHistoricalPath
      ? 'You took the same choices as history did.'
      : ending.historical
        ? 'Your path differed from history, but it ended where history did.'
        : 'Your path left history: this ending did not happen.';
  const revealed = ending.hiddenFacts.filter((fact) => fact.value && fact.reveal);
  const shareSlot = el('div', { className: 'share-slot' });

  const panel = el(
    'article',
    { className: 'panel debrief', attrs: { 'aria-labelledby': heading.id } },
    classificationBanner(roleView.name),
    el('p', {
      className: 'kicker',
      text: readOnly ? `${roleView.name} · a shared path, read-only` : roleView.name,
    }),
    heading,
    verdict ? el('p', { className: 'verdict', text: verdict }) : null,
    ...paragraphs(ending.debrief),
    el('h2', { text: scenario.fictional ? 'What it shows' : 'What really happened' }),
    ...paragraphs(ending.reality.text),
    citations(ending.reality.sources, 'Source', true),
    el('h2', { text: scenario.fictional ? 'Your path' : 'Your path and history' }),
    decisionGraph(
      role,
      ending.playerPath,
      ending.id,
      ending.historicalPath,
      ending.historicalEnding,
    ),
    pathSteps(scenario, role, ending.playerPath, ending.historicalPath),
    whoKnewWhatView(buildWhoKnewWhat(scenario, [log]), 2),
    revealed.length ? el('h2', { text: 'What was hidden' }) : null,
    list(revealed.map((fact) => `${fact.label}: ${fact.reveal ?? ''}`)),
    el('h2', { text: 'Discuss' }),
    list(ending.questions, 'questions'),
    el(
      'div',
      { className: 'actions' },
      actions.nextRole && view.nextRole
        ? button(`Next role: ${view.nextRole.name}`, actions.nextRole, 'primary')
        : null,
      actions.playThisRole
        ? button(`Play ${roleView.name} yourself`, actions.playThisRole, 'primary')
        : null,
      button(
        'Play another role',
        actions.playAnotherRole,
        actions.nextRole && view.nextRole ? 'secondary' : 'primary',
      ),
      actions.share
        ? button('Share my path', () => shareSlot.replaceChildren(actions.share?.() ?? ''))
        : null,
    ),
    shareSlot,
  );
  return {
    nodes: [panel],
    focus: heading,
    stage: { screen: 'debrief', setting: null, ...roleStage(roleView) },
  };
}
