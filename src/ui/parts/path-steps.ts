import type { Role, Scenario } from '../../engine/schema';
import type { PathStepView } from '../../engine/view-types';
import { el } from '../dom';
import { statusMeaning } from '../../engine/status-words';

/** The player's decisions step by step beside history's, as a table that reads well aloud. */
export function pathSteps(
  scenario: Scenario,
  role: Role,
  playerPath: readonly PathStepView[],
  historicalPath: readonly PathStepView[],
): HTMLElement {
  const historical = new Map(historicalPath.map((step) => [step.beat, step]));
  const comparesWithHistory = historicalPath.length > 0;
  const rows = playerPath
    .filter((step) => step.choice)
    .map((step) => {
      const history = historical.get(step.beat);
      const outcome = role.beats
        .find((b) => b.id === step.beat)
        ?.decision?.choices.find((c) => c.id === step.choice)?.outcome;
      const same = history?.choice === step.choice;
      return el(
        'tr',
        { className: same ? 'same' : 'differs' },
        el('th', { attrs: { scope: 'row' }, text: step.beatTitle }),
        el('td', { text: step.choiceLabel ?? '' }),
        comparesWithHistory
          ? el('td', {
              text: history
                ? same
                  ? 'The same'
                  : (history.choiceLabel ?? '—')
                : 'History never came here',
            })
          : null,
        el('td', { text: outcome ? statusMeaning[outcome.status].label : '—' }),
      );
    });
  return el(
    'table',
    { className: 'path-table' },
    el('caption', {
      text: `Your decisions as ${role.name}${comparesWithHistory ? ', beside history' : ''} (${scenario.title})`,
    }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'col' }, text: 'Moment' }),
        el('th', { attrs: { scope: 'col' }, text: 'You chose' }),
        comparesWithHistory ? el('th', { attrs: { scope: 'col' }, text: 'History' }) : null,
        el('th', { attrs: { scope: 'col' }, text: 'Outcome was' }),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}
