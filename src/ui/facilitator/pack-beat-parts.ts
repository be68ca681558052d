/** Small pieces of the facilitator guide's beat blocks: a labelled part, and a decision's choices. */
import type { Choice, Decision, Role, Scenario } from '../../engine/schema';
import { statusMeaning } from '../../engine/status-words';
import { el, type Child } from '../dom';
import { historyOf } from '../../engine/history';
import { choiceMark } from '../../facilitation/history-words';
import { choiceLines } from '../../facilitation/choice-lines';
import { t } from '../../i18n/translate';

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
 * A decision's choices, one line per choice a room can meet, in the order the room sees them.
 * A choice worded differently for different situations is one line with each wording and the
 * condition that offers it. Each wording has its cost and, for the facilitator, whether the
 * source says it was done (or the scenario assumes it), how sure its outcome is, and where it
 * leads. A fictional scenario's marks only trace its main line.
 */
export function choiceList(scenario: Scenario, role: Role, decision: Decision): HTMLElement {
  return el(
    'ol',
    { className: 'pack-choices' },
    ...choiceLines(scenario, decision).map((line) => {
      if (line.variants.length === 1 && line.variants[0]) {
        const only = line.variants[0];
        return el(
          'li',
          { className: markClass(only.choice) },
          ...choiceParts(scenario, role, only.choice, only.condition),
        );
      }
      return el(
        'li',
        { className: 'pack-choice-line' },
        el('span', {
          className: 'pack-choice-variants-note',
          text: t('packGuide.variantsNote', { count: line.variants.length }),
        }),
        el(
          'ul',
          { className: 'pack-choice-variants' },
          ...line.variants.map((v) =>
            el(
              'li',
              { className: markClass(v.choice) },
              ...choiceParts(scenario, role, v.choice, v.condition),
            ),
          ),
        ),
      );
    }),
  );
}

function markClass(choice: Choice): string {
  const history = historyOf(choice);
  return history ? `is-${history}` : '';
}

function choiceParts(
  scenario: Scenario,
  role: Role,
  choice: Choice,
  condition: string | null,
): HTMLElement[] {
  const details = [
    choice.outcome
      ? t('packGuide.outcome', { status: statusMeaning[choice.outcome.status].label })
      : null,
    destination(role, choice.next),
  ].filter((detail): detail is string => detail !== null);
  const history = historyOf(choice);
  const mark = !history
    ? null
    : scenario.fictional
      ? t('packGuide.mainLine')
      : choiceMark(history, choice.outcome?.status);
  return [
    el('span', { className: 'pack-choice-label', text: choice.label }),
    condition
      ? el('span', {
          className: 'pack-choice-when',
          text: t('packGuide.offeredWhen', { condition }),
        })
      : null,
    mark ? el('strong', { className: `pack-${history ?? ''}`, text: mark }) : null,
    choice.cost
      ? el('span', {
          className: 'pack-choice-cost',
          text: t('packGuide.cost', { cost: choice.cost }),
        })
      : null,
    el('span', { className: 'pack-choice-details', text: details.join(' · ') }),
  ].filter((node): node is HTMLElement => node !== null);
}

/** "Leads to:" where a choice leads: the next beat's title, or the ending's. */
function destination(role: Role, next: string): string {
  const beat = role.beats.find((entry) => entry.id === next);
  const ending = beat ? undefined : role.endings.find((entry) => entry.id === next);
  return t('packGuide.leadsTo', {
    kind: ending ? 'ending' : 'beat',
    title: beat?.title ?? ending?.title ?? next,
  });
}
