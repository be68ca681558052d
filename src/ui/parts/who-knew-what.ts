import type { Lane, LaneCell, Moment, WhoKnewWhat } from '../../facilitation/who-knew-what-types';
import { LANE_WORDS } from '../../facilitation/history-words';
import { t } from '../../i18n/translate';
import { el, list, uniqueId } from '../dom';
import { whoKnewWhatPicture } from './who-knew-what-picture';
import './who-knew-what.css';

/**
 * "Who knew what, when": the picture (who-knew-what-picture.ts), then the same as a real table: a column per role, a row per moment of the incident, so a
 * screen reader announces each cell with its role and moment. Roles nobody played follow the
 * scenario's main line and are marked so, each choice saying whether the source says it was done;
 * the choices the room made stand out.
 */
export function whoKnewWhatView(model: WhoKnewWhat, headingLevel: 2 | 3 = 2): HTMLElement {
  const headingId = uniqueId('who-knew-what');
  const captionId = uniqueId('who-knew-what-caption');
  const headingText = t('whoKnew.heading');
  const heading =
    headingLevel === 2
      ? el('h2', { id: headingId, text: headingText })
      : el('h3', { id: headingId, text: headingText });
  const anyMainLine = model.lanes.some((lane) => lane.source === 'main-line');
  const table = el(
    'table',
    { className: 'wkw-table' },
    el('caption', {
      id: captionId,
      text:
        t('whoKnew.caption') +
        (anyMainLine ? `; ${t('history.laneCaption')}. ${t('history.mainLineExplained')}` : ''),
    }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'col' }, text: t('whoKnew.when') }),
        ...model.lanes.map(laneHeader),
      ),
    ),
    el('tbody', {}, ...model.moments.map((moment) => momentRow(moment, model.lanes))),
  );
  // The table is wider than a phone: it scrolls inside a labelled region a keyboard can focus.
  const region = el(
    'div',
    {
      className: 'wkw-scroll',
      attrs: { role: 'region', tabindex: '0', 'aria-labelledby': captionId },
    },
    table,
  );
  return el(
    'section',
    { className: 'who-knew-what', attrs: { 'aria-labelledby': headingId } },
    heading,
    el('p', {
      className: 'wkw-intro',
      text: t('whoKnew.intro'),
    }),
    whoKnewWhatPicture(model),
    region,
  );
}

function laneHeader(lane: Lane): HTMLTableCellElement {
  const mainLine = lane.source === 'main-line';
  return el(
    'th',
    { className: mainLine ? 'wkw-lane is-history' : 'wkw-lane', attrs: { scope: 'col' } },
    lane.roleName,
    mainLine
      ? el('span', { className: 'wkw-lane-note', text: ` (${t('history.laneUnplayed')})` })
      : null,
  );
}

function momentRow(moment: Moment, lanes: readonly Lane[]): HTMLTableRowElement {
  return el(
    'tr',
    {},
    el('th', { className: 'wkw-moment', attrs: { scope: 'row' }, text: moment.label }),
    ...lanes.map((lane) => {
      const cells = lane.cells.filter((cell) => cell.moment === moment.id);
      return el(
        'td',
        { className: lane.source === 'main-line' ? 'is-history' : 'is-room' },
        ...(cells.length > 0 ? cells.map((cell) => beatBlock(cell, lane.source)) : emptyCell()),
      );
    }),
  );
}

/** An empty cell says so in words for a screen reader, and shows a quiet dash. */
function emptyCell(): HTMLElement[] {
  return [
    el('span', { className: 'wkw-empty', attrs: { 'aria-hidden': 'true' }, text: '—' }),
    el('span', { className: 'visually-hidden', text: t('whoKnew.notAtThisMoment') }),
  ];
}

function beatBlock(cell: LaneCell, source: Lane['source']): HTMLElement {
  return el(
    'div',
    { className: 'wkw-beat' },
    el('p', { className: 'wkw-beat-title', text: cell.beatTitle }),
    cell.knew.length > 0 ? el('p', { className: 'wkw-label', text: t('whoKnew.knew') }) : null,
    list(cell.knew, 'wkw-list'),
    cell.didNotKnow.length > 0
      ? el('p', { className: 'wkw-label', text: t('whoKnew.didNotKnow') })
      : null,
    list(cell.didNotKnow, 'wkw-list'),
    cell.chose !== undefined
      ? el(
          'p',
          { className: source === 'room' ? 'wkw-choice is-own' : 'wkw-choice' },
          el('span', {
            className: 'wkw-label',
            text:
              source === 'room'
                ? `${t('whoKnew.chose')}: `
                : `${LANE_WORDS.mainLineChoice(cell.choseHistory)}: `,
          }),
          cell.chose,
        )
      : null,
    cell.historically !== undefined
      ? el(
          'p',
          { className: 'wkw-historically' },
          el('span', { className: 'wkw-label', text: `${t('history.laneDone')}: ` }),
          cell.historically,
        )
      : null,
  );
}
