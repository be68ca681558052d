/**
 * The pack's handouts, each on its own page: a glossary for people who do not work in security,
 * a participant feedback form, and the hot-wash sheet whose parts match the presenter's wrap-up.
 */
import type { Scenario } from '../../engine/schema';
import { statusMeaning } from '../../engine/status-words';
import { STATUSES } from '../../engine/ids';
import { el, type Child } from '../dom';

/**
 * General terms, true of security work anywhere. A scenario's own facts are not defined here:
 * where a term belongs to the incident, the entry quotes the scenario's source and names it.
 */
const TERMS: [string, string][] = [
  [
    'Classified information',
    'Information a government has marked secret. Only people cleared for it may see it, and only on systems approved to hold it.',
  ],
  [
    'Spillage',
    'Classified or sensitive information ending up on a system not approved to hold it, such as a home computer. It is a security incident even if nobody has read the files yet.',
  ],
  [
    'Anti-virus',
    'Security software that scans a computer for harmful programs and blocks or removes what it recognises.',
  ],
  [
    'Sample submission',
    'Anti-virus sending a suspicious file back to its maker’s servers, so that the maker’s analysts can study it. It helps protect every customer, and it means a copy of the file leaves your computer.',
  ],
  [
    'Hash',
    'A short fingerprint computed from a file’s contents. The same file always gives the same hash, and any change gives a different one, so a known file can be recognised by its hash without keeping or reading the file itself.',
  ],
  [
    'Signature',
    'A pattern that identifies known harmful software, such as a file’s hash or a telltale sequence of bytes. Anti-virus compares what it scans with its signatures.',
  ],
  [
    'Detection',
    'A rule in security software that recognises something (a file, a behaviour) and raises an alert. Vendors build detections from the samples their analysts study.',
  ],
  [
    'Compressed archive',
    'Several files packed into one smaller file (a .zip, for example). A scanner may look inside it or not.',
  ],
  [
    'Pirated software',
    'A copy of a program used without a licence, usually from an unofficial source. Such copies are a common way for harmful software to get onto a computer.',
  ],
];

/** The incident's one name that needs the source's own words (AP, 2017), when the scenario uses it. */
const EQUATION_GROUP: [string, string] = [
  'Equation Group',
  'The name given to a group of hackers. The AP report this scenario rests on calls it “an extraordinarily powerful band of hackers that would later be exposed as an arm of the US National Security Agency”. Nothing more about it is claimed here.',
];

function page(id: string, kicker: string, title: string, ...children: Child[]): HTMLElement {
  return el(
    'section',
    { className: 'pack-handout', attrs: { 'aria-labelledby': id } },
    el('p', { className: 'kicker', text: kicker }),
    el('h2', { id, text: title }),
    ...children,
  );
}

/** Words the room will meet, explained for people who do not work in security. */
export function glossary(scenario: Scenario): HTMLElement {
  const mentions = !scenario.fictional && /Equation Group/.test(scenario.summary);
  const terms = mentions ? [EQUATION_GROUP, ...TERMS] : TERMS;
  return page(
    'pack-glossary-heading',
    'Handout · one per table',
    'Glossary',
    el(
      'dl',
      { className: 'pack-glossary' },
      ...terms.flatMap(([term, meaning]) => [
        el('dt', { text: term }),
        el('dd', { text: meaning }),
      ]),
    ),
    el('h3', { text: 'How sure is each outcome?' }),
    el(
      'dl',
      { className: 'pack-glossary' },
      ...STATUSES.flatMap((status) => [
        el('dt', { text: statusMeaning[status].label }),
        el('dd', { text: statusMeaning[status].meaning }),
      ]),
    ),
  );
}

const writeLines = (count: number): HTMLElement =>
  el(
    'div',
    { className: 'pack-write-area' },
    ...Array.from({ length: count }, () => el('span', { className: 'pack-write-line' })),
  );

const FEEDBACK_STATEMENTS = [
  'I know what to do if sensitive work ends up somewhere it should not be.',
  'I know how to report a security mistake at work, and whom to tell.',
  'I can tell a fact the press reports from one party’s account.',
  'The discussion felt safe: decisions were discussed, not people.',
  'The session was a good use of my time.',
];

/** An anonymous form for each participant. */
export function feedbackForm(): HTMLElement {
  return page(
    'pack-feedback-heading',
    'Handout · one per person · anonymous',
    'Your feedback',
    el('p', {
      text: 'Circle one number for each line: 1 = disagree strongly, 5 = agree strongly.',
    }),
    el(
      'table',
      { className: 'pack-table pack-feedback' },
      el('caption', { className: 'visually-hidden', text: 'Statements to rate from 1 to 5' }),
      el(
        'tbody',
        {},
        ...FEEDBACK_STATEMENTS.map((statement) =>
          el(
            'tr',
            {},
            el('th', { attrs: { scope: 'row' }, text: statement }),
            el('td', { className: 'pack-scale', text: '1   2   3   4   5' }),
          ),
        ),
      ),
    ),
    el('h3', { text: 'One thing I will do differently at work' }),
    writeLines(3),
    el('h3', { text: 'What would make this session better' }),
    writeLines(3),
  );
}

/** The hot-wash, for the facilitator with the room just after play; its parts are the wrap-up's. */
export function hotWashSheet(): HTMLElement {
  return page(
    'pack-hot-wash-heading',
    'Facilitator · the hot-wash, 10 minutes right after play',
    'Hot-wash',
    el('p', {
      text: 'Ask the room, write it down, then type it into the presenter’s wrap-up: it becomes the report’s first page. Keep to the no-blame rule: what happened and what to change, not who.',
    }),
    el(
      'dl',
      { className: 'pack-blanks' },
      ...blank('Facilitator'),
      ...blank('Location'),
      ...blank('Participants (how many)'),
    ),
    el('h3', { text: 'The room’s takeaways: what will you remember?' }),
    writeLines(3),
    el('h3', { text: 'Strengths: what worked well, in the session and in our own practice?' }),
    writeLines(3),
    el('h3', { text: 'To improve: what should change?' }),
    writeLines(3),
    el('h3', { text: 'Action items' }),
    el(
      'table',
      { className: 'pack-table pack-actions' },
      el('caption', { className: 'visually-hidden', text: 'Action items to fill in by hand' }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['What is to be done', 'Owner', 'Due'].map((c) =>
            el('th', { attrs: { scope: 'col' }, text: c }),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        ...Array.from({ length: 4 }, () => el('tr', {}, el('td', {}), el('td', {}), el('td', {}))),
      ),
    ),
  );
}

function blank(label: string): HTMLElement[] {
  return [el('dt', { text: label }), el('dd', {}, el('span', { className: 'pack-write-line' }))];
}
