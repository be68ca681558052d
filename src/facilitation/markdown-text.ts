/** Escaping scenario and room text for Markdown: it is data, never markup. */

/**
 * Every character that some Markdown reader or editor breaks a line at: LF, CR (alone or in CRLF),
 * VT, FF, NEL (U+0085), and the Unicode line and paragraph separators (U+2028, U+2029).
 */
const LINE_BREAK = '\\n\\r\\v\\f\\u0085\\u2028\\u2029';
/** One or more line breaks in a row. */
const BREAKS = new RegExp(`[${LINE_BREAK}]+`);
/** A blank line (once CRLF is one break): two breaks with nothing but spaces between them. */
const BLANK_LINE = new RegExp(`[${LINE_BREAK}][^\\S${LINE_BREAK}]*[${LINE_BREAK}]`);

/**
 * Text on one line that cannot become markup: HTML becomes entities, and emphasis, code, links,
 * headings and table pipes are backslash-escaped; every line break becomes a space, and spaces
 * around the text are dropped (so it cannot start an indented code block either).
 */
export function markdownInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .split(BREAKS)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * One line of text that cannot start a block either: no list item (`-`, `+`, `1.`, `1)`), rule,
 * setext heading underline (`=`, `-`), quote, heading, fence or table row, whatever it begins with.
 */
export function markdownLine(text: string): string {
  return markdownInline(text)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Paragraphs (split at blank lines), none of which can start a list, quote, heading or rule. */
export function markdownBlock(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split(BLANK_LINE)
    .map(markdownLine)
    .filter(Boolean)
    .join('\n\n');
}
