/** Escaping scenario and room text for Markdown: it is data, never markup. */

/**
 * Text on one line that cannot become markup: HTML becomes entities, and emphasis, code, links,
 * headings and table pipes are backslash-escaped; line breaks become spaces.
 */
export function markdownInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** One line of text that cannot start a list, rule or heading underline either. */
export function markdownLine(text: string): string {
  return markdownInline(text)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Paragraphs (split at blank lines), none of which can start a list, quote, heading or rule. */
export function markdownBlock(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(markdownLine)
    .filter(Boolean)
    .join('\n\n');
}
