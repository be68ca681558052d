import type { SessionView } from '../../engine/view-types';
import { t } from '../../i18n/translate';
import { el } from '../dom';

type FactView = SessionView['facts'][number];

/** The visible facts of the world, grouped ("Where the cache is", "Who knows"), as a checklist. */
export function worldPanel(
  facts: readonly FactView[],
  changed: ReadonlySet<string>,
): HTMLElement | null {
  if (facts.length === 0) return null;
  const groups = new Map<string, FactView[]>();
  for (const fact of facts) {
    const group = fact.group ?? t('play.situation');
    groups.set(group, [...(groups.get(group) ?? []), fact]);
  }
  const panel = el(
    'details',
    { className: 'world-panel' },
    el('summary', {
      text: changed.size ? t('play.worldChanged', { count: changed.size }) : t('play.world'),
    }),
    // One wrapper for the grid: a <details> lays its content out as one box, not as grid items.
    el(
      'div',
      { className: 'world-groups' },
      ...[...groups].map(([group, members]) =>
        el(
          'div',
          { className: 'world-group' },
          el('h2', { className: 'world-heading', text: group }),
          el(
            'ul',
            {},
            ...members.map((fact) =>
              el(
                'li',
                {
                  className: `fact ${!fact.known ? 'is-unknown' : fact.value ? 'is-true' : 'is-false'}${changed.has(fact.id) ? ' changed' : ''}`,
                },
                // A fact nobody has set is not "No": the story has not said, and neither may we.
                el('span', {
                  className: 'fact-mark',
                  text: t(
                    !fact.known ? 'play.factUnknown' : fact.value ? 'play.factYes' : 'play.factNo',
                  ),
                }),
                el('span', { text: ` ${fact.label}` }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // Open where there is room beside the story; on a phone it would push the story off screen.
  panel.open = window.matchMedia('(min-width: 900px)').matches;
  return panel;
}

/** Ids of facts whose value differs from the previous screen's. */
export function changedFacts(
  facts: readonly FactView[],
  previous: ReadonlyMap<string, boolean>,
): Set<string> {
  return new Set(
    facts
      .filter((fact) => previous.has(fact.id) && previous.get(fact.id) !== fact.value)
      .map((f) => f.id),
  );
}
