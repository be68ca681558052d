import type { SourceView } from '../../engine/view-types';
import { t } from '../../i18n/translate';
import { el } from '../dom';

/** A disclosure's summary for a number of excerpts ("Source", "Sources (3)"). */
export type CitationSummary = (count: number) => string;

/** The excerpts an outcome rests on. */
export const sourceSummary: CitationSummary = (count) => t('play.sources', { count });
/** The facts a what-if extrapolates from. */
export const basisSummary: CitationSummary = (count) => t('play.basis', { count });

/**
 * Excerpts with their attribution, behind a disclosure so the screen stays short. A plain label
 * instead of a summary is pluralised as before, in English ("Source", "Sources (3)"), for the
 * screens that still pass one.
 */
export function citations(
  sources: readonly SourceView[],
  summary: CitationSummary | string = sourceSummary,
  open = false,
): HTMLElement | null {
  if (sources.length === 0) return null;
  const count = sources.length;
  const details = el(
    'details',
    { className: 'citations' },
    el('summary', {
      text:
        typeof summary === 'function'
          ? summary(count)
          : count === 1
            ? summary
            : `${summary}s (${count})`,
    }),
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
