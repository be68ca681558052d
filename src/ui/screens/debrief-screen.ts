import type { Scenario } from '../../engine/schema';
import type { LogEntry } from '../../engine/session-types';
import type { SessionView } from '../../engine/view-types';
import { buildWhoKnewWhat } from '../../facilitation/who-knew-what';
import { comparePath, hasHistoricalEnding } from '../../facilitation/history-compare';
import { pathVerdict, REALITY_HEADING } from '../../facilitation/history-words';
import { hasAboutPanel, openAboutPanel } from '../parts/about-scenario';
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
 * The debrief: how the path ended, what the source says, the player's path beside the scenario's
 * main line, who knew what when (from the session's `log`: the roles played so far, the others on
 * their main line), questions. The path is compared with history only where the source says what
 * was done.
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
    ? []
    : pathVerdict(
        comparePath(role, ending.playerPath),
        {
          ...(ending.history ? { history: ending.history } : {}),
          roleHasHistoricalEnding: hasHistoricalEnding(role),
        },
        'you',
      );
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
    verdict.length > 0
      ? el('div', { className: 'verdict' }, ...verdict.map((text) => el('p', { text })))
      : null,
    ...paragraphs(ending.debrief),
    el('h2', { text: scenario.fictional ? 'What it shows' : REALITY_HEADING }),
    ...paragraphs(ending.reality.text),
    citations(ending.reality.sources, 'Source', true),
    el('h2', { text: scenario.fictional ? 'Your path' : 'Your path and the source' }),
    decisionGraph(
      role,
      ending.playerPath,
      ending.id,
      scenario.fictional ? [] : ending.historicalPath,
      scenario.fictional ? undefined : ending.historicalEnding,
    ),
    pathSteps(scenario, role, ending.playerPath),
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
      hasAboutPanel(scenario)
        ? button('About this scenario', () => openAboutPanel(scenario), 'secondary about-link')
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
