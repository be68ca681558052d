/**
 * The report's before-and-after section: per role and item, a small bar chart of the room's
 * answers before and after (drawn with DOM calls, in print too) with the same counts as a table
 * for screen readers, and a CSV download of the anonymous, aggregate counts.
 */
import type { RoomCheckItem, RoomCheckRole } from '../../facilitation/room-check';
import { countText, itemLead, roomCheckCsv } from '../../facilitation/room-check-report';
import { button, downloadText, el } from '../dom';
import { t } from '../../i18n/translate';
import './room-check-view.css';

const svgNs = 'http://www.w3.org/2000/svg';
const barHeight = 9;
const rowHeight = 24;
const chartWidth = 240;

/** The section; `fileStem` names the CSV file (e.g. the report's file name without extension). */
export function roomCheckView(roles: readonly RoomCheckRole[], fileStem: string): HTMLElement {
  return el(
    'section',
    { className: 'report-room-check', attrs: { 'aria-labelledby': 'room-check-report-heading' } },
    el('h2', { id: 'room-check-report-heading', text: t('report.checkHeading') }),
    el('p', { text: t('report.checkNote') }),
    el(
      'div',
      { className: 'actions no-print' },
      button(t('checkPanel.downloadCsv'), () =>
        downloadText(`${fileStem}-check.csv`, roomCheckCsv(roles), 'text/csv'),
      ),
    ),
    ...roles.flatMap((role) => [
      el('h3', { text: role.roleName }),
      ...role.items.map((item) => itemFigure(role, item)),
    ]),
  );
}

function itemFigure(role: RoomCheckRole, item: RoomCheckItem): HTMLElement {
  return el(
    'figure',
    { className: 'room-check-figure' },
    el('figcaption', { text: itemLead(item) }),
    el(
      'div',
      { className: 'room-check-body' },
      chart(role, item),
      el(
        'table',
        { className: 'room-check-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'col' }, text: t('checkPanel.answer') }),
            el('th', { attrs: { scope: 'col' }, text: t('checkPanel.before') }),
            el('th', { attrs: { scope: 'col' }, text: t('checkPanel.after') }),
          ),
        ),
        el(
          'tbody',
          {},
          ...item.rows.map((row) =>
            el(
              'tr',
              {},
              el('th', {
                attrs: { scope: 'row' },
                text: row.right ? t('checkPanel.rightAnswer', { answer: row.label }) : row.label,
              }),
              el('td', { text: countText(role, 'before', row.before) }),
              el('td', { text: countText(role, 'after', row.after) }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Two bars per answer (before: hollow; after: filled), scaled to the item's largest count. */
function chart(role: RoomCheckRole, item: RoomCheckItem): SVGElement {
  const largest = Math.max(1, ...item.rows.flatMap((r) => [r.before ?? 0, r.after ?? 0]));
  const height = item.rows.length * rowHeight + 4;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${chartWidth} ${height}`,
    class: 'room-check-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  item.rows.forEach((row, i) => {
    const y = i * rowHeight + 2;
    const bar = (count: number | undefined, dy: number, className: string): void => {
      if (!role.phases.includes(className === 'is-before' ? 'before' : 'after')) return;
      const width = ((count ?? 0) / largest) * (chartWidth - 4);
      svg.append(
        svgElement('rect', {
          x: 2,
          y: y + dy,
          width: Math.max(width, 1),
          height: barHeight,
          class: `room-check-bar ${className}${row.right ? ' is-right' : ''}`,
        }),
      );
    };
    bar(row.before, 0, 'is-before');
    bar(row.after, barHeight + 2, 'is-after');
  });
  return svg;
}

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
