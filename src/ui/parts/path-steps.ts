import type { Role, Scenario } from '../../engine/schema';
import type { PathStepView } from '../../engine/view-types';
import { comparePath } from '../../facilitation/history-compare';
import { comparisonCell } from '../../facilitation/history-words';
import { t } from '../../i18n/translate';
import { el } from '../dom';
import { statusMeaning } from '../../engine/status-words';

/**
 * The player's decisions step by step beside what the source says was done at each (or that it
 * does not say), as a table that reads well aloud.
 */
export function pathSteps(
  scenario: Scenario,
  role: Role,
  playerPath: readonly PathStepView[],
): HTMLElement {
  // A made-up exercise has no source to compare with.
  const comparesWithSource = !scenario.fictional;
  const rows = comparePath(role, playerPath).map((step) => {
    const outcome = role.beats
      .find((b) => b.id === step.beat)
      ?.decision?.choices.find((c) => c.id === step.choice)?.outcome;
    const label = playerPath.find((p) => p.beat === step.beat)?.choiceLabel ?? step.choice;
    return el(
      'tr',
      {
        className: step.matched
          ? 'same'
          : step.account.kind === 'historical'
            ? 'differs'
            : 'silent',
      },
      el('th', { attrs: { scope: 'row' }, text: step.beatTitle }),
      el('td', { text: label }),
      comparesWithSource ? el('td', { text: comparisonCell(step.account, step.choice) }) : null,
      el('td', { text: outcome ? statusMeaning[outcome.status].label : '—' }),
    );
  });
  return el(
    'table',
    { className: 'path-table' },
    el('caption', {
      text: t(comparesWithSource ? 'debrief.stepsCaptionWithSource' : 'debrief.stepsCaption', {
        role: role.name,
        scenario: scenario.title,
      }),
    }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'col' }, text: t('debrief.moment') }),
        el('th', { attrs: { scope: 'col' }, text: t('debrief.youChose') }),
        comparesWithSource
          ? el('th', { attrs: { scope: 'col' }, text: t('debrief.theSource') })
          : null,
        el('th', { attrs: { scope: 'col' }, text: t('debrief.outcomeWas') }),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}
