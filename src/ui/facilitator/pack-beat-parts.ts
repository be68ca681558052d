/** Small pieces of the facilitator guide's beat blocks: a labelled part, and a decision's choices. */
import type { Decision, Role, Scenario } from '../../engine/schema';
import { statusMeaning } from '../../engine/status-words';
import { el, type Child } from '../dom';
import { historyOf } from '../../engine/history';
import { choiceMark } from '../../facilitation/history-words';

/** A label and what follows it; nothing at all when there is nothing to follow it. */
export function part(label: string, content: readonly Child[]): HTMLElement | null {
  const nodes = content.filter((child): child is Node | string => Boolean(child));
  if (nodes.length === 0) return null;
  return el(
    'div',
    { className: 'pack-part' },
    el('p', { className: 'pack-label', text: label }),
    ...nodes,
  );
}

/**
 * Every choice of a decision, in the order the room sees them: its label and cost, and for the
 * facilitator which one the source says was done (or the scenario assumes), how sure its outcome
 * is, and where it leads. A fictional scenario's marks only trace its main line.
 */
export function choiceList(scenario: Scenario, role: Role, decision: Decision): HTMLElement {
  return el(
    'ol',
    { className: 'pack-choices' },
    ...decision.choices.map((choice) => {
      const details = [
        choice.outcome ? `Outcome: ${statusMeaning[choice.outcome.status].label}` : null,
        `Leads to: ${destination(role, choice.next)}`,
        choice.when ? 'Offered only when earlier choices allow it' : null,
      ].filter((detail): detail is string => detail !== null);
      const history = historyOf(choice);
      const mark = !history
        ? null
        : scenario.fictional
          ? 'The main line'
          : choiceMark(history, choice.outcome?.status);
      return el(
        'li',
        { className: history ? `is-${history}` : '' },
        el('span', { className: 'pack-choice-label', text: choice.label }),
        mark ? el('strong', { className: `pack-${history ?? ''}`, text: mark }) : null,
        choice.cost
          ? el('span', { className: 'pack-choice-cost', text: `Cost: ${choice.cost}` })
          : null,
        el('span', { className: 'pack-choice-details', text: details.join(' · ') }),
      );
    }),
  );
}

/** Where a choice leads: the next beat's title, or the ending's. */
function destination(role: Role, next: string): string {
  const beat = role.beats.find((entry) => entry.id === next);
  if (beat) return beat.title;
  const ending = role.endings.find((entry) => entry.id === next);
  return ending ? `the ending “${ending.title}”` : next;
}
