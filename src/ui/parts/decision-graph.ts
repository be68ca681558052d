import type { Role } from '../../engine/schema';
import type { PathStepView } from '../../engine/view-types';
import { t } from '../../i18n/translate';
import { el } from '../dom';
import { wordedWith } from '../worded-with';

const svgNs = 'http://www.w3.org/2000/svg';
const rowGap = 56;
const columnGap = 64;
const margin = 28;

interface Placed {
  x: number;
  y: number;
  ending: boolean;
}

/**
 * The role's decision graph, laid out in rows by distance from the start, with the player's path
 * (amber) drawn beside the scenario's main line (teal, dashed: what the source says was done, and
 * the scenario's assumptions where it is silent). A text version follows it for screen readers and
 * for anyone who reads lists faster than pictures.
 */
export function decisionGraph(
  role: Role,
  playerPath: readonly PathStepView[],
  playerEnding: string,
  mainLine: readonly PathStepView[],
  mainLineEnding: string | undefined,
): HTMLElement {
  const placed = layOut(role);
  const width = Math.max(...[...placed.values()].map((p) => p.x)) + margin;
  const height = Math.max(...[...placed.values()].map((p) => p.y)) + margin;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'graph-caption',
    class: 'decision-graph',
  });

  for (const beat of role.beats) {
    const from = placed.get(beat.id);
    const targets = beat.decision
      ? beat.decision.choices.map((c) => c.next)
      : beat.next
        ? [beat.next]
        : [];
    for (const target of targets) {
      const to = placed.get(target);
      if (from && to)
        svg.append(
          svgElement('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, class: 'graph-edge' }),
        );
    }
  }
  svg.append(
    pathLine(placed, [...mainLine.map((s) => s.beat), mainLineEnding], 4, 'graph-history'),
  );
  svg.append(
    pathLine(placed, [...playerPath.map((s) => s.beat), playerEnding], -4, 'graph-player'),
  );
  for (const [id, point] of placed) {
    svg.append(
      point.ending
        ? svgElement('rect', {
            x: point.x - 9,
            y: point.y - 9,
            width: 18,
            height: 18,
            class: nodeClass(id, playerEnding, mainLineEnding),
          })
        : svgElement('circle', { cx: point.x, cy: point.y, r: 8, class: 'graph-node' }),
    );
  }

  const withMainLine = mainLine.length > 0;
  // The legends are coloured like their lines; the message places them in its sentence.
  const counts = { scenes: role.beats.length, endings: role.endings.length };
  const player = el('span', { className: 'legend legend-player', text: t('debrief.yourPath') });
  const caption = el(
    'figcaption',
    { id: 'graph-caption' },
    ...(withMainLine
      ? wordedWith('debrief.graphBeside', counts, {
          player,
          mainLine: el('span', {
            className: 'legend legend-history',
            text: t('debrief.graphMainLine'),
          }),
        })
      : wordedWith('debrief.graph', counts, { player })),
    withMainLine ? ` ${t('history.mainLineExplained')}` : null,
  );
  return el('figure', { className: 'graph-figure' }, svg, caption);
}

function nodeClass(id: string, playerEnding: string, mainLineEnding: string | undefined): string {
  if (id === playerEnding && id === mainLineEnding) return 'graph-ending is-both';
  if (id === playerEnding) return 'graph-ending is-player';
  if (id === mainLineEnding) return 'graph-ending is-history';
  return 'graph-ending';
}

/** Rows by breadth-first distance from the start; unreachable nodes (none, once checked) go last. */
function layOut(role: Role): Map<string, Placed> {
  const endings = new Set(role.endings.map((e) => e.id));
  const next = new Map(
    role.beats.map((b) => [
      b.id,
      b.decision ? b.decision.choices.map((c) => c.next) : b.next ? [b.next] : [],
    ]),
  );
  const depth = new Map<string, number>([[role.start, 0]]);
  const queue = [role.start];
  for (let index = 0; index < queue.length; index += 1) {
    const id = queue[index] ?? '';
    for (const target of next.get(id) ?? []) {
      if (!depth.has(target)) {
        depth.set(target, (depth.get(id) ?? 0) + 1);
        queue.push(target);
      }
    }
  }
  const deepest = Math.max(0, ...depth.values());
  for (const id of [...role.beats.map((b) => b.id), ...endings])
    if (!depth.has(id)) depth.set(id, deepest + 1);
  // Endings share the last row, so every path visibly ends on the same line.
  const endingRow =
    Math.max(...[...depth].filter(([id]) => !endings.has(id)).map(([, d]) => d)) + 1;
  for (const id of endings) depth.set(id, endingRow);

  const rows = new Map<number, string[]>();
  for (const [id, d] of depth) rows.set(d, [...(rows.get(d) ?? []), id]);
  const widest = Math.max(...[...rows.values()].map((r) => r.length));
  const placed = new Map<string, Placed>();
  for (const [row, ids] of rows) {
    const offset = ((widest - ids.length) * columnGap) / 2;
    ids.forEach((id, column) =>
      placed.set(id, {
        x: margin + offset + column * columnGap,
        y: margin + row * rowGap,
        ending: endings.has(id),
      }),
    );
  }
  return placed;
}

function pathLine(
  placed: Map<string, Placed>,
  ids: (string | undefined)[],
  shift: number,
  className: string,
): SVGElement {
  const points = ids.flatMap((id) => {
    const point = id ? placed.get(id) : undefined;
    return point ? [`${point.x + shift},${point.y}`] : [];
  });
  return svgElement('polyline', { points: points.join(' '), class: className });
}

function svgElement(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}
