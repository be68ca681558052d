import type { SourceView } from '../../engine/view-types';
import { t } from '../../i18n/translate';
import { el } from '../dom';

/** A disclosure's summary for a number of excerpts ("Source", "Sources (3)"). */
export type CitationSummary = (count: number) => string;

/** The excerpts an outcome rests on. */
export const sourceSummary: CitationSummary = (count) => t('play.sources', { count });
/** The facts a what-if extrapolates from. */
export const basisSummary: CitationSummary = (count) => t('play.basis', { count });

/** Excerpts with their attribution, behind a disclosure so the screen stays short. */
export function citations(
  sources: readonly SourceView[],
  summary: CitationSummary = sourceSummary,
  open = false,
): HTMLElement | null {
  if (sources.length === 0) return null;
  const count = sources.length;
  const details = el(
    'details',
    { className: 'citations' },
    el('summary', { text: summary(count) }),
    ...sources.map((source) => sourceFigure(source, 'citation')),
  );
  details.open = open;
  return details;
}

/**
 * One excerpt and its attribution, as a figure (open, as the printed pack shows them). The
 * excerpt stays verbatim, marked with its language so that a screen reader speaks it as such; in
 * a translated scenario the translation follows it, labelled as one.
 */
export function sourceFigure(source: SourceView, className: string): HTMLElement {
  return el(
    'figure',
    { className },
    el('blockquote', { text: source.quote, attrs: { lang: source.quoteLanguage } }),
    source.translation
      ? el(
          'p',
          { className: 'excerpt-translation' },
          el('span', {
            className: 'excerpt-translation-label',
            text: `${t('play.excerptTranslation')}: `,
          }),
          source.translation,
        )
      : null,
    el('figcaption', { text: `— ${source.attribution}` }),
  );
}
