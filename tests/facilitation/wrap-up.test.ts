import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/facilitation/after-action-report';
import { attendanceCsv, csvField } from '../../src/facilitation/attendance-csv';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import {
  parseRoomRecord,
  readRoomRecord,
  serializeRoomRecord,
} from '../../src/facilitation/room-record-io';
import {
  applyRoomCommand,
  roomStateFromRecord,
  type RoomCommand,
  type RoomState,
} from '../../src/facilitation/room-session';
import { readRoomState } from '../../src/facilitation/room-state-schema';
import { isCalendarDay, type WrapUp } from '../../src/facilitation/wrap-up';
import { MAX_NOTE_CHARS, MAX_PERSON_CHARS } from '../../src/engine/limits';
import { equationGroup, sampleRecord } from './sample-room-record';

const scenario = await equationGroup();
const ended = roomStateFromRecord(scenario, sampleRecord(scenario), 'wrap');

const WRAP_UP: WrapUp = {
  facilitator: '  Ada Lovelace ',
  location: 'Room 4 | *Level 2*',
  headcount: 18,
  attendees: ['Grace Hopper', '', '=HYPERLINK("http://x")', 'Smith, "Jo"'],
  takeaways: ['Report a spill early; nobody is punished for telling.', '   '],
  strengths: ['Every team gave reasons'],
  improvements: ['# Start on time'],
  actions: [
    { what: 'Publish the reporting channel', owner: 'Security office', due: '2026-12-15' },
    { what: '', owner: '', due: '' },
  ],
};

function apply(state: RoomState, command: RoomCommand): RoomState {
  const result = applyRoomCommand(scenario, state, command, Date.now());
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

describe('the wrap-up', () => {
  const state = apply(ended, { type: 'wrap-up', wrapUp: WRAP_UP });

  it('is kept in the session log, tidied: spaces trimmed, empty lines and actions dropped', () => {
    expect(state.revision).toBe(ended.revision + 1);
    expect(state.screen).toBe(ended.screen);
    expect(state.record.wrapUp).toEqual({
      facilitator: 'Ada Lovelace',
      location: 'Room 4 | *Level 2*',
      headcount: 18,
      attendees: ['Grace Hopper', '=HYPERLINK("http://x")', 'Smith, "Jo"'],
      takeaways: ['Report a spill early; nobody is punished for telling.'],
      strengths: ['Every team gave reasons'],
      improvements: ['# Start on time'],
      actions: [
        { what: 'Publish the reporting channel', owner: 'Security office', due: '2026-12-15' },
      ],
    });
  });

  it('reads back through the room state and the session log schemas', () => {
    expect(readRoomState(JSON.parse(JSON.stringify(state))).ok).toBe(true);
    const parsed = parseRoomRecord(serializeRoomRecord(state.record), scenario);
    expect(parsed.ok && parsed.record.wrapUp).toEqual(state.record.wrapUp);
  });

  it('leaves logs kept before it loading as they were', () => {
    const old = sampleRecord(scenario);
    expect('wrapUp' in old).toBe(false);
    expect(readRoomRecord(JSON.parse(serializeRoomRecord(old))).ok).toBe(true);
  });

  it('refuses a text over its limit, or a day that is not one, naming the field', () => {
    const long = applyRoomCommand(
      scenario,
      ended,
      { type: 'wrap-up', wrapUp: { facilitator: 'x'.repeat(MAX_PERSON_CHARS + 1) } },
      0,
    );
    expect(long.ok).toBe(false);
    expect(!long.ok && long.message).toMatch(/facilitator/);
    const day = applyRoomCommand(
      scenario,
      ended,
      { type: 'wrap-up', wrapUp: { actions: [{ what: 'a', owner: '', due: '2026-02-30' }] } },
      0,
    );
    expect(!day.ok && day.message).toMatch(/actions\[0\]\.due.*yyyy-mm-dd/);
    const note = applyRoomCommand(
      scenario,
      ended,
      { type: 'wrap-up', wrapUp: { takeaways: ['y'.repeat(MAX_NOTE_CHARS + 1)] } },
      0,
    );
    expect(!note.ok && note.message).toMatch(/takeaways\[0\]/);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
  });

  it('fills the report’s summary, first, and escaped in Markdown', () => {
    const report = buildReport(scenario, state.record);
    expect(report.summary).toMatchObject({
      facilitator: 'Ada Lovelace',
      headcount: 18,
      rolesPlayed: 2,
      rolesPlanned: 3,
      wrappedUp: true,
    });
    const markdown = reportMarkdown(report);
    const summaryAt = markdown.indexOf('## Summary');
    const appendixAt = markdown.indexOf('# Appendix: the decision log');
    expect(summaryAt).toBeGreaterThan(0);
    expect(appendixAt).toBeGreaterThan(summaryAt);
    const summary = markdown.slice(summaryAt, appendixAt);
    expect(summary).toContain('- **Facilitator:** Ada Lovelace');
    expect(summary).toContain('- **Location:** Room 4 \\| \\*Level 2\\*');
    expect(summary).toContain('- **Participants:** 18 people (3 names on the attendance list)');
    expect(summary).toContain('- \\# Start on time');
    expect(summary).toContain('| Publish the reporting channel | Security office | 2026-12-15 |');
    expect(summary).toContain('Where the room chose otherwise than the source');
    expect(markdown.indexOf('## The contractor')).toBeGreaterThan(appendixAt);
  });

  it('says so in the summary when none was entered', () => {
    const report = buildReport(scenario, ended.record);
    expect(report.summary.wrappedUp).toBe(false);
    expect(reportMarkdown(report)).toContain('The facilitator entered no wrap-up');
  });
});

describe('questions ticked as discussed', () => {
  const question = {
    role: 'contractor',
    at: 'the-deadline',
    question: 'What would you need to hear to say no to the deadline?',
  };
  const ticked = apply(ended, { type: 'discussed', question, discussed: true });

  it('are kept once each, and unticked again', () => {
    expect(ticked.record.discussed).toEqual([question]);
    const twice = apply(ticked, { type: 'discussed', question, discussed: true });
    expect(twice.record.discussed).toEqual([question]);
    const unticked = apply(twice, { type: 'discussed', question, discussed: false });
    expect(unticked.record.discussed).toEqual([]);
  });

  it('are what the report lists for the role, and counted in the summary', () => {
    const report = buildReport(scenario, ticked.record);
    expect(report.roles[0]?.discussed).toEqual([question.question]);
    expect(report.roles[1]?.discussed).toBeUndefined();
    expect(report.summary.questionsDiscussed).toBe(1);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain(`### Questions discussed\n\n- ${question.question}`);
  });
});

describe('the attendance CSV', () => {
  const report = buildReport(scenario, apply(ended, { type: 'wrap-up', wrapUp: WRAP_UP }).record);

  it('has a row per name with the session’s facts, quoted and with formulas defused', () => {
    const rows = attendanceCsv(report).split('\r\n');
    expect(rows[0]).toBe('Date,Scenario,Facilitator,Location,Headcount,Attendee');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe(
      `${report.date},Spillage: the Equation Group cache,Ada Lovelace,Room 4 | *Level 2*,18,Grace Hopper`,
    );
    expect(rows[2]?.endsWith(`,"'=HYPERLINK(""http://x"")"`)).toBe(true);
    expect(rows[3]?.endsWith(',"Smith, ""Jo"""')).toBe(true);
    expect(rows[4]).toBe('');
  });

  it('keeps one row when only a headcount was entered', () => {
    const counted = buildReport(
      scenario,
      apply(ended, { type: 'wrap-up', wrapUp: { headcount: 12 } }).record,
    );
    expect(attendanceCsv(counted).split('\r\n')[1]).toBe(
      `${report.date},Spillage: the Equation Group cache,,,12,`,
    );
  });

  it('defuses every formula start', () => {
    for (const start of ['=', '+', '-', '@', '\t'])
      expect(csvField(`${start}1`).startsWith(`'`) || csvField(`${start}1`).startsWith(`"'`)).toBe(
        true,
      );
    expect(csvField('plain')).toBe('plain');
  });
});
