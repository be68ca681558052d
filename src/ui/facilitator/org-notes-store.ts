/**
 * "In our organisation" notes kept between sessions: on this device, per scenario, so a trainer
 * running the same session every month does not type them again, and as a file to carry to
 * another computer. Both are the notes file's own format, read back through its schema; a kept
 * copy that no longer reads is ignored, never half-used.
 */
import type { Scenario } from '../../engine/schema';
import { readOrgNotes, serializeOrgNotes, type OrgNote } from '../../facilitation/org-notes';
import { downloadText } from '../dom';
import { readStored, writeStored } from '../safe-storage';
import { showNotice } from '../screen-host';
import { t } from '../../i18n/translate';

/** The largest notes file read (200 notes of 600 characters are well under it). */
const LARGEST_NOTES = 1024 * 1024;

const keyFor = (scenario: Scenario): string => `spillage.org-notes.${scenario.id}`;

/** The notes kept on this device for the scenario (none when there are none, or they do not read). */
export function keptOrgNotes(scenario: Scenario): OrgNote[] {
  const text = readStored(keyFor(scenario));
  if (!text) return [];
  const read = readOrgNotes(text, scenario);
  return read.ok ? read.notes : [];
}

/** Keeps the scenario's notes on this device (an empty list is kept too: the trainer cleared them). */
export function keepOrgNotes(scenario: Scenario, notes: readonly OrgNote[]): void {
  writeStored(keyFor(scenario), serializeOrgNotes(scenario, notes));
}

/** Saves the notes as `<scenario>-our-organisation-notes.json`. */
export function downloadOrgNotes(scenario: Scenario, notes: readonly OrgNote[]): void {
  downloadText(
    `${scenario.id}-our-organisation-notes.json`,
    serializeOrgNotes(scenario, notes),
    'application/json',
  );
}

/**
 * The notes of a file the trainer chose, kept on this device too; null (with a notice naming what
 * is wrong) when the file is refused. A note on a decision the scenario lacks is named, not loaded.
 */
export async function readOrgNotesFile(file: File, scenario: Scenario): Promise<OrgNote[] | null> {
  if (file.size > LARGEST_NOTES) {
    showNotice(t('setup.notesTooLarge', { file: file.name }));
    return null;
  }
  const read = readOrgNotes(await file.text(), scenario);
  if (!read.ok) {
    showNotice(t('setup.notesRefused', { file: file.name, why: read.message }));
    return null;
  }
  keepOrgNotes(scenario, read.notes);
  const count = read.notes.length;
  const dropped = read.dropped.length;
  // The first five decisions a note was dropped for, and "…" for any more.
  const decisions = [...read.dropped.slice(0, 5), ...(dropped > 5 ? ['…'] : [])].join(', ');
  showNotice(
    dropped > 0
      ? t('setup.notesLoadedDropped', { count, file: file.name, dropped, decisions })
      : t('setup.notesLoaded', { count, file: file.name }),
  );
  return read.notes;
}
