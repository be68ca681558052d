/**
 * The report's parts for the trainer's organisation: the note that names were withheld, and the
 * "In our organisation" notes of the session, listed in the appendix by role and decision (they
 * are the facilitator's words, not the room's and not the source's).
 */
import type { Scenario } from '../engine/schema';
import type { AfterActionReport } from './after-action-report-types';
import { markdownBlock, markdownInline } from './markdown-text';
import type { RoomRecord } from './room-record';
import { namesWithheldNote, withholdsNames } from './unnamed';
import { t } from '../i18n/translate';

/** One note as the report lists it. */
export interface ReportOrgNote {
  roleName: string;
  beatTitle: string;
  text: string;
}

/** The names-withheld note and the notes in the plan's order of roles and the scenario's of beats. */
export function reportOrgParts(
  scenario: Scenario,
  record: RoomRecord,
): Pick<AfterActionReport, 'namesWithheld' | 'orgNotes'> {
  const notes = new Map((record.plan.orgNotes ?? []).map((note) => [note.at, note.text]));
  const listed: ReportOrgNote[] = [];
  for (const { role: roleId } of record.plan.teams) {
    const role = scenario.roles.find((entry) => entry.id === roleId);
    for (const beat of role?.beats ?? []) {
      const text = notes.get(`${roleId}/${beat.id}`)?.trim();
      if (role && text) listed.push({ roleName: role.name, beatTitle: beat.title, text });
    }
  }
  return {
    ...(withholdsNames(scenario, record.plan) ? { namesWithheld: namesWithheldNote() } : {}),
    ...(listed.length > 0 ? { orgNotes: listed } : {}),
  };
}

/** The notes as a Markdown section of the appendix (nothing when there are none). */
export function orgNotesMarkdown(report: AfterActionReport): string[] {
  if (!report.orgNotes) return [];
  return [
    `## ${t('report.orgNotesHeading')}`,
    '',
    t('report.orgNotesLede'),
    '',
    ...report.orgNotes.flatMap((note) => [
      `**${markdownInline(note.roleName)}: ${markdownInline(note.beatTitle)}**`,
      '',
      markdownBlock(note.text),
      '',
    ]),
  ];
}
