/**
 * The room's before-and-after check in the report's words: a Markdown table per item, and a CSV
 * of the anonymous, aggregate counts (one row per answer: role, item, answer, before, after).
 */
import type { CheckPhase } from '../engine/check-answers';
import { markdownInline } from './markdown-text';
import type { RoomCheckItem, RoomCheckRole } from './room-check';

/** The heading of the report's section. */
export const ROOM_CHECK_HEADING = 'Before and after: the room’s check';
/** What the section says about what it holds. */
export const ROOM_CHECK_NOTE =
  'Shows of hands before and after each role: counts only; nothing identifies a person.';

/** A count of a phase for the report: '-' where no show of hands was taken at that phase. */
export function countText(role: RoomCheckRole, phase: CheckPhase, count?: number): string {
  return role.phases.includes(phase) ? String(count ?? 0) : '–';
}

/** The words over an item: its question or statement, and what kind of item it is. */
export function itemLead(item: RoomCheckItem): string {
  return item.kind === 'knowledge'
    ? `${item.text} (the source settles it)`
    : item.kind === 'judgement'
      ? `${item.text} (a judgement: no right answer)`
      : item.text;
}

/** The section as Markdown: per role, per item, a table of counts before and after. */
export function roomCheckMarkdown(roles: readonly RoomCheckRole[]): string[] {
  if (roles.length === 0) return [];
  const out = [`## ${ROOM_CHECK_HEADING}`, '', ROOM_CHECK_NOTE, ''];
  for (const role of roles) {
    out.push(`### ${markdownInline(role.roleName)}`, '');
    for (const item of role.items) {
      out.push(`**${markdownInline(itemLead(item))}**`, '', '| Answer | Before | After |');
      out.push('| --- | ---: | ---: |');
      for (const row of item.rows)
        out.push(
          `| ${markdownInline(row.label)}${row.right ? ' (right answer)' : ''} | ${countText(role, 'before', row.before)} | ${countText(role, 'after', row.after)} |`,
        );
      out.push('');
    }
  }
  return out;
}

/** The counts as CSV (RFC 4180: quoted fields, CRLF line ends). */
export function roomCheckCsv(roles: readonly RoomCheckRole[]): string {
  const rows = [['role', 'item', 'kind', 'question', 'answer', 'right answer', 'before', 'after']];
  for (const role of roles)
    for (const item of role.items)
      for (const row of item.rows)
        rows.push([
          role.roleName,
          item.id,
          item.kind,
          item.text,
          row.label,
          item.kind === 'knowledge' ? (row.right ? 'yes' : 'no') : '',
          role.phases.includes('before') ? String(row.before ?? 0) : '',
          role.phases.includes('after') ? String(row.after ?? 0) : '',
        ]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A CSV field, quoted; a leading =, +, - or @ is neutralised so a spreadsheet shows it as text. */
function csvField(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
