/**
 * "Who knew what, when" as a picture: one lane per role on one time axis, a mark per moment a
 * role was there. A mark says on focus or hover what that role knew, did not know and chose; the
 * player's (or room's) lanes are filled marks, the main line's hollow. Built with DOM calls only
 * (scenario text goes in as text nodes); the table beside it is the accessible alternative.
 */
import type { Lane, LaneCell, WhoKnewWhat } from '../../facilitation/who-knew-what-types';
import { LANE_WORDS } from '../../facilitation/history-words';
import { t } from '../../i18n/translate';
import { el, list, uniqueId } from '../dom';

const svgNs = 'http://www.w3.org/2000/svg';
const laneLabelWidth = 170;
const columnWidth = 84;
const laneHeight = 40;
const top = 26;

/** The picture and the panel that shows what the focused mark's role knew. */
export function whoKnewWhatPicture(model: WhoKnewWhat): HTMLElement {
  const detailId = uniqueId('wkw-detail');
  const detail = el(
    'div',
    { id: detailId, className: 'wkw-detail', attrs: { 'aria-live': 'polite' } },
    el('p', {
      className: 'wkw-detail-hint',
      text: t('whoKnew.pictureHint'),
    }),
  );
  const width = laneLabelWidth + Math.max(1, model.moments.length) * columnWidth + 8;
  const height = top + model.lanes.length * laneHeight + 4;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'wkw-picture',
    role: 'group',
    'aria-label': t('whoKnew.pictureLabel', {
      roles: model.lanes.length,
      moments: model.moments.length,
    }),
  });
  model.moments.forEach((_moment, i) => {
    const x = laneLabelWidth + i * columnWidth + columnWidth / 2;
    svg.append(svgElement('line', { x1: x, y1: top - 6, x2: x, y2: height, class: 'wkw-tick' }));
    const label = svgElement('text', { x, y: 14, class: 'wkw-axis', 'text-anchor': 'middle' });
    label.textContent = String(i + 1);
    svg.append(label);
  });
  model.lanes.forEach((lane, row) => {
    const y = top + row * laneHeight + laneHeight / 2;
    // The lane starts after its name, so the line never runs through the words.
    const start = laneLabelWidth - 6;
    svg.append(
      svgElement('line', { x1: start, y1: y, x2: width - 4, y2: y, class: 'wkw-lane-line' }),
    );
    // SVG text cannot wrap: a long name (German runs ~30 % longer) takes two lines.
    const lines = laneNameLines(lane.roleName);
    const name = svgElement('text', {
      x: 4,
      y: lines.length === 1 ? y + 5 : y - 2,
      class: 'wkw-lane-name',
    });
    lines.forEach((text, i) => {
      const line = svgElement('tspan', { x: 4, dy: i === 0 ? 0 : 14 });
      line.textContent = text;
      name.append(line);
    });
    svg.append(name);
    const perMoment = new Map<string, number>();
    for (const cell of lane.cells) {
      const column = model.moments.findIndex((m) => m.id === cell.moment);
      if (column < 0) continue;
      const seen = perMoment.get(cell.moment) ?? 0;
      perMoment.set(cell.moment, seen + 1);
      const x = laneLabelWidth + column * columnWidth + columnWidth / 2 + seen * 15;
      const moment = model.moments[column]?.label ?? '';
      svg.append(mark(lane, cell, moment, x, y, detail));
    }
  });
  const legend = el(
    'ol',
    { className: 'wkw-axis-legend', attrs: { 'aria-label': t('whoKnew.axis') } },
    ...model.moments.map((m) => el('li', { text: m.label })),
  );
  // Before anyone has played (the printed pack), there are no filled marks to explain.
  const played = model.lanes.some((lane) => lane.source === 'room');
  const key = el(
    'p',
    { className: 'wkw-key' },
    played ? el('span', { className: 'wkw-key-own', text: '● ' }) : null,
    played ? `${t('whoKnew.keyPlayed')} ` : null,
    el('span', { className: 'wkw-key-history', text: '○ ' }),
    t('history.laneCaption'),
  );
  return el(
    'figure',
    { className: 'wkw-figure' },
    el('div', { className: 'wkw-picture-scroll' }, svg),
    key,
    legend,
    detail,
  );
}

function mark(
  lane: Lane,
  cell: LaneCell,
  moment: string,
  x: number,
  y: number,
  detail: HTMLElement,
): SVGElement {
  const own = lane.source === 'room';
  const choice = cell.chose
    ? own
      ? t('whoKnew.markChose', { choice: cell.chose })
      : `${LANE_WORDS.mainLineChoice(cell.choseHistory)}: ${cell.chose}`
    : t('whoKnew.markNoDecision');
  const group = svgElement('g', {
    class: `wkw-mark ${own ? 'is-own' : 'is-history'}`,
    tabindex: '0',
    role: 'img',
    'aria-label': t('whoKnew.markLabel', {
      role: lane.roleName,
      moment,
      beat: cell.beatTitle,
      choice,
    }),
  });
  group.append(svgElement('circle', { cx: x, cy: y, r: 12, class: 'wkw-mark-halo' }));
  group.append(svgElement('circle', { cx: x, cy: y, r: 7, class: 'wkw-mark-dot' }));
  const show = (): void => {
    detail.replaceChildren(
      el('p', { className: 'wkw-detail-where', text: `${lane.roleName} · ${moment}` }),
      el('p', { className: 'wkw-beat-title', text: cell.beatTitle }),
      cell.knew.length > 0 ? el('p', { className: 'wkw-label', text: t('whoKnew.knew') }) : '',
      list(cell.knew, 'wkw-list') ?? '',
      cell.didNotKnow.length > 0
        ? el('p', { className: 'wkw-label', text: t('whoKnew.didNotKnow') })
        : '',
      list(cell.didNotKnow, 'wkw-list') ?? '',
      cell.chose
        ? el('p', { className: own ? 'wkw-choice is-own' : 'wkw-choice', text: choice })
        : '',
      cell.historically
        ? el('p', {
            className: 'wkw-historically',
            text: `${t('history.laneDone')}: ${cell.historically}`,
          })
        : '',
    );
  };
  group.addEventListener('focus', show);
  group.addEventListener('mouseenter', show);
  return group;
}

/** A lane's name in at most two lines of `max` characters, broken at spaces; beyond that, "…". */
export function laneNameLines(name: string, max = 22): string[] {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const cut = (text: string): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  if (lines.length <= 2) return lines.map(cut);
  const rest = lines.slice(1).join(' ');
  return [cut(lines[0] ?? ''), `${rest.slice(0, max - 1)}…`];
}

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
