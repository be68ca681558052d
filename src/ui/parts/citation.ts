import type { SourceView } from '../../engine/view-types';
import { el } from '../dom';

/** Excerpts with their attribution, behind a disclosure so the screen stays short. */
export function citations(
  sources: readonly SourceView[],
  summary = 'Source',
  open = false,
): HTMLElement | null {
  if (sources.length === 0) return null;
  const details = el(
    'details',
    { className: 'citations' },
    el('summary', { text: sources.length === 1 ? summary : `${summary}s (${sources.length})` }),
    ...sources.map((source) => sourceFigure(source, 'citation')),
  );
  details.open = open;
  return details;
}

/** One excerpt and its attribution, as a figure (open, as the printed pack shows them). */
export function sourceFigure(source: SourceView, className: string): HTMLElement {
  return el(
    'figure',
    { className },
    el('blockquote', { text: source.quote }),
    el('figcaption', { text: `— ${source.attribution}` }),
  );
}
