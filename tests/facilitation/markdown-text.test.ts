// Text stays text: whatever a team name, a reason or a scenario's text holds, the Markdown report
// shows it as written and its structure (headings, tables, lists) stays as the report made it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/facilitation/after-action-report';
import { markdownBlock, markdownInline, markdownLine } from '../../src/facilitation/markdown-text';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { equationGroup, sampleRecord } from './sample-room-record';

/** Every line terminator any Markdown reader or editor may honour. */
const LINE_TERMINATOR = /[\n\r\v\f\u0085\u2028\u2029]/;
/** What may begin a CommonMark or GFM block: the text must never begin with one of these. */
const BLOCK_START = /^(?:[-+*=_#>|~`<[]|\d{1,9}[.)]|[ \t])/;
/** ASCII punctuation that means something in Markdown inline, so it must arrive escaped. */
const ESCAPED = new Set([...'\\`*_[]|~#']);

/** Characters that have broken Markdown reports, mixed with any text at all. */
const hostileText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      ...[...'#>-+*=_|`~[]()!<>&\\.):1 \t'],
      '\n',
      '\r',
      '\r\n',
      '\v',
      '\f',
      '\u0085',
      '\u2028',
      '\u2029',
      '```',
      '~~~',
      '    ',
      '1.',
      '2)',
      'a',
    ),
    maxLength: 40,
  }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Fails unless every special character in `out` is escaped, and `&` only starts our entities. */
function expectInert(out: string): void {
  for (let i = 0; i < out.length; i += 1) {
    const c = out[i] as string;
    if (c === '\\') {
      expect(ESCAPED.has(out[i + 1] ?? '')).toBe(true);
      i += 1;
    } else if (c === '&') expect(out.slice(i)).toMatch(/^&(?:amp|lt|gt);/);
    else {
      expect(ESCAPED.has(c)).toBe(false);
      expect('<>').not.toContain(c);
    }
  }
}

/** The text a reader sees: escapes and entities undone, spaces made single. */
function shownText(out: string): string {
  return out
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const singleSpaced = (text: string): string => text.replace(/[\s\u0085]+/g, ' ').trim();

describe('markdownInline, markdownLine and markdownBlock', () => {
  it('keep any text on one line, inert, and as written', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = markdownInline(text);
        expect(out).not.toMatch(LINE_TERMINATOR);
        expect(out).toBe(out.trim());
        expectInert(out);
        expect(singleSpaced(shownText(out))).toBe(singleSpaced(text));
      }),
    );
  });

  it('never let a line begin a block, whatever the text begins with', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = markdownLine(text);
        expect(out).not.toMatch(BLOCK_START);
        expect(out).not.toMatch(LINE_TERMINATOR);
        expect(singleSpaced(shownText(out))).toBe(singleSpaced(text));
      }),
    );
  });

  it('keep paragraphs apart only at blank lines, none of them beginning a block', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const paragraph of markdownBlock(text).split('\n\n')) {
          expect(paragraph).not.toMatch(LINE_TERMINATOR);
          if (paragraph !== '') expect(paragraph).not.toMatch(BLOCK_START);
        }
      }),
    );
  });

  it('treat every line terminator as a space', () => {
    for (const terminator of ['\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029'])
      expect(markdownInline(`Table 1${terminator}# Heading`)).toBe('Table 1 \\# Heading');
    expect(markdownLine('\r```js')).toBe('\\`\\`\\`js');
    expect(markdownLine('\u2028    indented')).toBe('indented');
    expect(markdownLine('\u0085= underline')).toBe('\\= underline');
    expect(markdownBlock('one\r\rtwo\r\nthree')).toBe('one\n\ntwo three');
  });
});

const scenario = await equationGroup();
const report = buildReport(scenario, sampleRecord(scenario));

describe('the after-action report', () => {
  /** The report with every team name and every reason replaced by `team` and `reason`. */
  function reportWith(team: string, reason: string): string[] {
    const changed = structuredClone(report);
    for (const t of changed.plan.teams) t.team = team;
    for (const r of changed.roles) {
      r.team = team;
      for (const d of r.decisions) if (d.rationale !== undefined) d.rationale = reason;
    }
    // Lines as any reader may cut them: CommonMark at CR, LF and CRLF, editors at the rest too.
    return reportMarkdown(changed).split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
  }

  it('keeps its structure whatever a team is called or a reason says', () => {
    const plain = reportWith('Team', 'Reason');
    expect(plain.join('\n')).toContain('**Rationale:** Reason');
    fc.assert(
      fc.property(hostileText, hostileText, (team, reason) => {
        const lines = reportWith(team, reason);
        expect(lines).toHaveLength(plain.length);
        // Each line still begins as it did (a heading, a table row, a bullet, a blank line).
        lines.forEach((line, i) => expect(line.slice(0, 3)).toBe(plain[i]?.slice(0, 3)));
        const row = lines.find((line) => line.startsWith('| The contractor |'));
        expect(row?.split(/(?<!\\)\|/)).toHaveLength(5);
      }),
      { numRuns: 60 },
    );
  });
});
