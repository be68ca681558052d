/**
 * The room's before-and-after check in the report's words: a Markdown table per item, and a CSV
 * of the anonymous, aggregate counts (one row per answer: role, item, answer, before, after).
 */
import type { CheckPhase } from '../engine/check-answers';
import { markdownInline } from './markdown-text';
import type { RoomCheckItem, RoomCheckRole } from './room-check';
import { t } from '../i18n/translate';

/** The table's column headings: the answer, its count before and after. */
export function roomCheckColumns(): [string, string, string] {
  return [t('report.checkAnswer'), t('report.checkBefore'), t('report.checkAfter')];
}

/** A count of a phase for the report: '-' where no show of hands was taken at that phase. */
export function countText(role: RoomCheckRole, phase: CheckPhase, count?: number): string {
  return role.phases.includes(phase) ? String(count ?? 0) : '–';
}

/** The words over an item: its question or statement, and what kind of item it is. */
export function itemLead(item: RoomCheckItem): string {
  return item.kind === 'knowledge'
    ? t('report.checkKnowledge', { text: item.text })
    : item.kind === 'judgement'
      ? t('report.checkJudgement', { text: item.text })
      : item.text;
}

/** The section as Markdown: per role, per item, a table of counts before and after. */
export function roomCheckMarkdown(roles: readonly RoomCheckRole[]): string[] {
  if (roles.length === 0) return [];
  const out = [`## ${t('report.checkHeading')}`, '', t('report.checkNote'), ''];
  const columns = `| ${roomCheckColumns().join(' | ')} |`;
  for (const role of roles) {
    out.push(`### ${markdownInline(role.roleName)}`, '');
    for (const item of role.items) {
      out.push(`**${markdownInline(itemLead(item))}**`, '', columns);
      out.push('| --- | ---: | ---: |');
      for (const row of item.rows) {
        const label = markdownInline(row.label);
        const answer = row.right ? t('report.checkRightAnswer', { label }) : label;
        out.push(
          `| ${answer} | ${countText(role, 'before', row.before)} | ${countText(role, 'after', row.after)} |`,
        );
      }
      out.push('');
    }
  }
  return out;
}

/**
 * The counts as CSV (RFC 4180: quoted fields, CRLF line ends). Its columns, `kind` and the `yes`
 * and `no` of `right answer` are data for a spreadsheet or script that reads them by name, the
 * same whatever language the session ran in; the names, questions and answers are the scenario's.
 */
export function roomCheckCsv(roles: readonly RoomCheckRole[]): string {
  // not-translated: column names a script reads (see above), fixed across languages
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
