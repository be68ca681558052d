import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/schema';
import { buildReport } from '../../src/facilitation/after-action-report';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { roomCheckCsv } from '../../src/facilitation/room-check-report';
import { recordMisfit } from '../../src/facilitation/room-record-io';
import { RoomRecordSchema } from '../../src/facilitation/room-record';
import {
  applyRoomCommand,
  createRoomState,
  type RoomState,
} from '../../src/facilitation/room-session';
import { answersMayShow } from '../../src/facilitation/room-check-display';
import { readRoomState } from '../../src/facilitation/room-state-schema';
import { readScenarioFolder } from '../../src/node/read-scenario-folder';
import { SCENARIOS, mustLoad } from '../engine/fixtures';

let scenario: Scenario;
beforeAll(async () => {
  scenario = mustLoad(await readScenarioFolder(join(SCENARIOS, 'equation-group')));
});

const start = (): RoomState =>
  createRoomState(
    scenario,
    {
      scenarioId: 'equation-group',
      mode: 'roles',
      teams: [{ role: 'ceo', team: 'Table 1' }],
      budgetMinutes: 60,
    },
    1_700_000_000_000,
    'test',
  );

function recordCheck(state: RoomState, phase: 'before' | 'after', delete_: number): RoomState {
  const result = applyRoomCommand(
    scenario,
    state,
    {
      type: 'record-check',
      tally: {
        role: 'ceo',
        phase,
        counts: {
          'what-ordered': { delete: delete_, report: 12 - delete_ },
          confidence: { '3': 12 },
        },
      },
    },
    1_700_000_001_000,
  );
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

describe("a room's before-and-after check", () => {
  it('keeps counts only, replaces a corrected count, and reports before beside after', () => {
    let state = recordCheck(start(), 'before', 3);
    state = recordCheck(state, 'before', 4); // corrected: replaces the first count
    state = recordCheck(state, 'after', 10);
    expect(state.record.checks).toHaveLength(2);
    expect(RoomRecordSchema.safeParse(state.record).success).toBe(true);
    expect(recordMisfit(scenario, state.record)).toBeUndefined();

    const report = buildReport(scenario, state.record);
    const item = report.checks?.[0]?.items.find((i) => i.id === 'what-ordered');
    expect(item?.rows[0]).toMatchObject({ label: 'Delete it', before: 4, after: 10, right: true });
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('## Before and after: the room’s check');
    expect(markdown).toContain('| Delete it (right answer) | 4 | 10 |');
    expect(markdown).toContain('| Keep it for analysis | 0 | 0 |');

    const csv = roomCheckCsv(report.checks ?? []);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"role","item","kind","question","answer","right answer","before","after"',
    );
    expect(lines).toContain(
      `"The vendor's CEO","what-ordered","knowledge","By his own account, what did the CEO tell the analysts to do with the cache?","Delete it","yes","4","10"`,
    );
  });

  it('refuses an item or answer the check does not have, and a role without a check', () => {
    const refuse = (counts: Record<string, Record<string, number>>, role = 'ceo') => {
      const result = applyRoomCommand(
        scenario,
        start(),
        { type: 'record-check', tally: { role, phase: 'before', counts } },
        1_700_000_001_000,
      );
      return result.ok ? null : result.message;
    };
    expect(refuse({ 'what-was-ordered': { delete: 1 } })).toMatch(/has no item 'what-was-ordered'/);
    expect(refuse({ 'what-ordered': { burn: 1 } })).toMatch(/has no answer 'burn'/);
    expect(refuse({ 'owes-warning': { '6': 1 } })).toMatch(/has no answer '6'/);
    expect(refuse({}, 'nobody')).toMatch(/role 'nobody' has no check/);
  });

  it('a session log without checks (an earlier version) still reads', () => {
    const { record } = start();
    expect('checks' in record).toBe(false);
    expect(RoomRecordSchema.safeParse(record).success).toBe(true);
    expect(buildReport(scenario, record).checks).toBeUndefined();
  });

  it('the projector shows the questions while the room stays at the check, no answer before the after-check', () => {
    const command = (state: RoomState, shown: boolean) =>
      applyRoomCommand(scenario, state, { type: 'show-check', shown }, 1_700_000_001_000);
    const overview = start();
    expect(command(overview, true)).toMatchObject({ ok: false, message: /no check here/ });
    const advanced = applyRoomCommand(scenario, overview, { type: 'advance' }, 1_700_000_001_000);
    if (!advanced.ok) throw new Error(advanced.message);
    const shown = command({ ...advanced.state, page: 2 }, true);
    if (!shown.ok) throw new Error(shown.message);
    expect(shown.state.checkShown).toBe('before');
    expect(shown.state.page).toBe(undefined); // the check starts at its top
    expect(readRoomState(JSON.parse(JSON.stringify(shown.state)))).toMatchObject({ ok: true });
    // Counting keeps the questions up (now with the counts); no right answer is shown yet.
    const counted = recordCheck(shown.state, 'before', 3);
    expect(counted.checkShown).toBe('before');
    expect(answersMayShow(counted, 'ceo')).toBe(false);
    // Hiding them, or moving on, takes them down.
    const hidden = command(counted, false);
    expect(hidden.ok && hidden.state.checkShown).toBe(undefined);
    expect(counted.screen).toBe('rejoin'); // the CEO, played alone, first rejoins the main line
    const moved = applyRoomCommand(
      scenario,
      counted,
      { type: 'rejoin-history' },
      1_700_000_002_000,
    );
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.state.screen).toBe('briefing');
    expect(moved.state.checkShown).toBe(undefined);
    // Only the check after the role, once recorded, lets the projector mark the right answers.
    expect(answersMayShow(recordCheck(counted, 'after', 10), 'ceo')).toBe(true);
    const earlier: Partial<RoomState> = { ...counted };
    delete earlier.checkShown;
    expect(readRoomState(JSON.parse(JSON.stringify(earlier)))).toMatchObject({ ok: true });
  });
});
