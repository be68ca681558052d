/**
 * "In our organisation" notes kept on this device, per scenario, so a trainer running the same
 * session every month does not type them again. Kept in the notes file's own format and read back
 * through its schema; a kept copy that no longer reads is ignored, never half-used.
 */
import type { Scenario } from '../../engine/schema';
import { readOrgNotes, serializeOrgNotes, type OrgNote } from '../../facilitation/org-notes';
import { readStored, writeStored } from '../safe-storage';

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
