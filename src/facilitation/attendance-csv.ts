/**
 * Attendance as CSV, for a training-records sheet: one row per name on the attendance list (one
 * row with the name empty when only a headcount was kept), each with the session's date,
 * scenario, facilitator, location and headcount. Fields are quoted as RFC 4180 asks, and a field
 * a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) starts with
 * an apostrophe instead, so a name can never become a formula. The header row is in the session's
 * language: the sheet is read by people who copy it into their training records, and nothing in
 * the game reads it back.
 */
import { t } from '../i18n/translate';
import type { AfterActionReport } from './after-action-report-types';

/** The header row, in the current language. */
function columns(): string[] {
  return [
    t('report.attendanceDate'),
    t('report.attendanceScenario'),
    t('report.attendanceFacilitator'),
    t('report.attendanceLocation'),
    t('report.attendanceHeadcount'),
    t('report.attendanceAttendee'),
  ];
}

/** One CSV field: formula starts defused, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The attendance of a session as CSV text (CRLF line ends, a header row first). */
export function attendanceCsv(report: AfterActionReport): string {
  const s = report.summary;
  const session = [
    report.date,
    report.scenario.title,
    s.facilitator ?? '',
    s.location ?? '',
    s.headcount !== undefined ? String(s.headcount) : '',
  ];
  const names = s.attendees.length > 0 ? s.attendees : [''];
  const rows = [columns(), ...names.map((name) => [...session, name])];
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The name for the attendance download, e.g. `spillage-attendance-equation-group-2026-11-27.csv`. */
export function attendanceFileName(report: AfterActionReport): string {
  return `spillage-attendance-${report.scenario.id}-${report.date}.csv`;
}
