import { describe, expect, it } from 'vitest';
import { MAX_ORG_NOTE_CHARS, MAX_ORG_NOTES } from '../../src/engine/limits';
import { validateScenario } from '../../src/engine/validate-scenario';
import { buildReport } from '../../src/facilitation/after-action-report';
import {
  OrgNotesSchema,
  keepOrgSettings,
  orgNoteAt,
  readOrgNotes,
  serializeOrgNotes,
  withOrgNote,
} from '../../src/facilitation/org-notes';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { parseRoomRecord, serializeRoomRecord } from '../../src/facilitation/room-record-io';
import { createRoomState } from '../../src/facilitation/room-session';
import { readRoomState } from '../../src/facilitation/room-state-schema';
import { wordProblem } from '../../src/i18n/problem-words';
import { defaultPlan } from '../../src/facilitation/session-plan';
import { namesWithheldNote, scenarioAsPlanned } from '../../src/facilitation/unnamed';
import { equationGroup, sampleRecord } from './sample-room-record';

const scenario = await equationGroup();
const plan = defaultPlan(scenario);
const role = plan.teams[0]?.role ?? '';
const beat = scenario.roles.find((r) => r.id === role)?.beats.find((b) => b.decision)?.id ?? '';

describe('"In our organisation" notes', () => {
  it('are set per decision as typed, and removed when only spaces are left', () => {
    const noted = withOrgNote(plan, role, beat, 'Call the security desk on 4444. ');
    expect(orgNoteAt(noted, role, beat)).toBe('Call the security desk on 4444. ');
    const replaced = withOrgNote(noted, role, beat, 'Report to <b>IT</b>');
    expect(replaced.orgNotes).toEqual([{ at: `${role}/${beat}`, text: 'Report to <b>IT</b>' }]);
    expect(withOrgNote(replaced, role, beat, '   ').orgNotes).toBeUndefined();
  });

  it('keep their place when edited, and stop at the most a session keeps', () => {
    const two = withOrgNote(withOrgNote(plan, role, beat, 'first'), role, 'other-beat', 'second');
    const edited = withOrgNote(two, role, beat, 'first, edited');
    expect(edited.orgNotes?.map((n) => n.text)).toEqual(['first, edited', 'second']);
    const full = Array.from({ length: MAX_ORG_NOTES }, (_, i) => ({ at: `r/b${i}`, text: 'x' }));
    const atLimit = { ...plan, orgNotes: full };
    expect(withOrgNote(atLimit, role, beat, 'one more')).toBe(atLimit);
    expect(withOrgNote(atLimit, 'r', 'b0', 'edited').orgNotes?.[0]?.text).toBe('edited');
    expect(OrgNotesSchema.safeParse([...full, { at: 'r/extra', text: 'x' }]).success).toBe(false);
  });

  it('are capped and stripped of control characters', () => {
    const long = withOrgNote(plan, role, beat, `a\u0007b\n${'x'.repeat(2 * MAX_ORG_NOTE_CHARS)}`);
    const text = orgNoteAt(long, role, beat) ?? '';
    expect(text.startsWith('ab\n')).toBe(true);
    expect(text.length).toBe(MAX_ORG_NOTE_CHARS);
  });

  it('are refused by the schema when too long, not plain text, doubled or not at a decision', () => {
    const at = `${role}/${beat}`;
    const bad = (notes: unknown): boolean => !OrgNotesSchema.safeParse(notes).success;
    expect(bad([{ at, text: 'x'.repeat(MAX_ORG_NOTE_CHARS + 1) }])).toBe(true);
    expect(bad([{ at, text: 'bell \u0007' }])).toBe(true);
    expect(
      bad([
        { at, text: 'a' },
        { at, text: 'b' },
      ]),
    ).toBe(true);
    expect(bad([{ at: 'not a key', text: 'a' }])).toBe(true);
    expect(bad([{ at, text: '' }])).toBe(true);
    expect(bad([{ at, text: 'Line one\nline two' }])).toBe(false);
  });

  it('are kept in the room state and the session log, and old ones still load', () => {
    const noted = {
      ...withOrgNote(plan, role, beat, 'Our policy: report within the hour.'),
      unnamed: true,
    };
    const state = createRoomState(scenario, noted, Date.UTC(2026, 10, 30), 'org');
    const read = readRoomState(JSON.parse(JSON.stringify(state)));
    expect(read.ok && read.state.record.plan).toEqual(noted);
    const log = parseRoomRecord(serializeRoomRecord(state.record), scenario);
    expect(log.ok && log.record.plan.orgNotes).toEqual(noted.orgNotes);
    const before = createRoomState(scenario, plan, Date.UTC(2026, 10, 30), 'old');
    expect('orgNotes' in before.record.plan).toBe(false);
    expect(readRoomState(JSON.parse(JSON.stringify(before))).ok).toBe(true);
  });

  it('go to a file and back, for the same scenario only', () => {
    const noted = withOrgNote(plan, role, beat, 'Ask Legal first.');
    const file = serializeOrgNotes(scenario, noted.orgNotes ?? []);
    expect(readOrgNotes(file, scenario)).toEqual({ ok: true, notes: noted.orgNotes, dropped: [] });
    const other = { ...scenario, id: 'usb-stick' };
    expect(readOrgNotes(file, other)).toEqual({
      ok: false,
      message: `its notes are for scenario '${scenario.id}', not 'usb-stick'`,
    });
    expect(readOrgNotes('{', scenario)).toEqual({ ok: false, message: 'it is not JSON' });
    const wrong = readOrgNotes(file.replace('"Ask Legal first."', '7'), scenario);
    expect(wrong.ok === false && wrong.message).toMatch(/notes\[0\]\.text/);
  });

  it('drop a note on a decision the scenario no longer has, and say which', () => {
    const file = JSON.stringify({
      format: 'spillage-org-notes',
      version: 1,
      scenario: scenario.id,
      notes: [
        { at: `${role}/${beat}`, text: 'kept' },
        { at: `${role}/gone-beat`, text: 'dropped' },
      ],
    });
    const read = readOrgNotes(file, scenario);
    expect(read.ok && read.notes.map((n) => n.text)).toEqual(['kept']);
    expect(read.ok && read.dropped).toEqual([`${role}/gone-beat`]);
  });

  it('survive a preset picked afterwards', () => {
    const noted = { ...withOrgNote(plan, role, beat, 'Ours.'), unnamed: true };
    const preset = { ...plan, budgetMinutes: 90 };
    expect(keepOrgSettings(preset, noted)).toEqual({
      ...preset,
      orgNotes: noted.orgNotes,
      unnamed: true,
    });
  });

  it('are listed in the report’s appendix, beside the names-withheld note, escaped', () => {
    const record = sampleRecord(scenario);
    const at = record.plan.teams[0]?.role ?? '';
    const first = scenario.roles.find((r) => r.id === at)?.beats.find((b) => b.decision);
    const noted = {
      ...record,
      plan: { ...withOrgNote(record.plan, at, first?.id ?? '', 'Tell the *CISO*'), unnamed: true },
    };
    const report = buildReport(scenarioAsPlanned(scenario, noted.plan), noted);
    expect(report.namesWithheld).toBe(namesWithheldNote());
    expect(report.orgNotes).toEqual([
      {
        roleName: scenario.roles.find((r) => r.id === at)?.name,
        beatTitle: first?.title,
        text: 'Tell the *CISO*',
      },
    ]);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('Tell the \\*CISO\\*');
    expect(markdown).toContain('Names withheld');
    expect(markdown.replace(/\[[^\]]*\]/g, '')).not.toMatch(/Kaspersky/);
    const named = buildReport(scenario, record);
    expect(named.orgNotes).toBeUndefined();
    expect(reportMarkdown(named)).toMatch(/Kaspersky/);
  });
});

describe('a scenario’s unnamed list', () => {
  const check = (unnamed: { name: string; as: string }[]) =>
    validateScenario({ ...scenario, unnamed }).map(
      (e) => `${e.path.join('.')}: ${wordProblem(e.message)}`,
    );

  it('is accepted as shipped', () => {
    expect(validateScenario(scenario)).toEqual([]);
  });

  it('names a doubled name, one the text never uses, and words that give the name away', () => {
    expect(
      check([
        { name: 'Kaspersky', as: 'the vendor' },
        { name: 'Kaspersky', as: 'the firm' },
        { name: 'Kasperski', as: 'the vendor' },
        { name: 'Eugene Kaspersky', as: 'Mr Kaspersky' },
      ]),
    ).toEqual([
      "unnamed.1.name: the name 'Kaspersky' is listed twice in 'unnamed'",
      "unnamed.2.name: the name 'Kasperski' is not in the scenario's text: check its spelling and capitals (names are matched as written)",
      "unnamed.3.as: 'Mr Kaspersky' names 'Kaspersky', the name it stands in for: describe it instead, e.g. 'the vendor'",
    ]);
  });
});
