import type { SessionView } from '../../engine/view-types';
import { t } from '../../i18n/translate';
import { el } from '../dom';

type MeterView = SessionView['meters'][number];

/** A change of a meter between two screens, for the animation and the announcement. */
export interface MeterChange {
  label: string;
  from: number;
  to: number;
}

/** The meters the role cares about, as labelled bars that slide from their previous values. */
export function meterBars(
  meters: readonly MeterView[],
  previous: ReadonlyMap<string, number>,
): HTMLElement | null {
  if (meters.length === 0) return null;
  return el(
    'section',
    { className: 'meters', attrs: { 'aria-label': t('play.meters') } },
    ...meters.map((meter) => meterBar(meter, previous.get(meter.id))),
  );
}

function meterBar(meter: MeterView, before: number | undefined): HTMLElement {
  const share = (value: number): string =>
    `${(100 * (value - meter.min)) / Math.max(1, meter.max - meter.min)}%`;
  const fill = el('span', { className: 'meter-fill' });
  fill.style.width = share(before ?? meter.value);
  const direction =
    before === undefined || before === meter.value ? '' : before < meter.value ? ' rose' : ' fell';
  // Start from the old width, then let CSS slide it to the new one on the next frame.
  if (before !== undefined && before !== meter.value)
    requestAnimationFrame(() => (fill.style.width = share(meter.value)));
  else fill.style.width = share(meter.value);
  return el(
    'div',
    { className: `meter${direction}` },
    el('span', { className: 'meter-label', text: meter.label }),
    el(
      'span',
      {
        className: 'meter-track',
        attrs: {
          role: 'meter',
          'aria-label': meter.label,
          'aria-valuemin': String(meter.min),
          'aria-valuemax': String(meter.max),
          'aria-valuenow': String(meter.value),
        },
      },
      fill,
    ),
    el('span', { className: 'meter-value', text: `${meter.value}/${meter.max}` }),
  );
}

/** Which meters moved since the previous screen. */
export function meterChanges(
  meters: readonly MeterView[],
  previous: ReadonlyMap<string, number>,
): MeterChange[] {
  return meters.flatMap((meter) => {
    const from = previous.get(meter.id);
    return from === undefined || from === meter.value
      ? []
      : [{ label: meter.label, from, to: meter.value }];
  });
}

/** "Career fell from 5 to 3." sentences for the live region. */
export function describeMeterChanges(changes: readonly MeterChange[]): string {
  return changes
    .map(({ label, from, to }) =>
      t(to > from ? 'play.meterRose' : 'play.meterFell', { meter: label, from, to }),
    )
    .join(' ');
}
