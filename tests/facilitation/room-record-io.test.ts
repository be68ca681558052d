import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoomRecord } from '../../src/facilitation/room-record';
import {
  MAX_ENTRIES_PER_RUN,
  parseRoomRecord,
  serializeRoomRecord,
} from '../../src/facilitation/room-record-io';
import { equationGroup, playRun, sampleRecord } from './sample-room-record';

const scenario = await equationGroup();
const record = sampleRecord(scenario);
const text = serializeRoomRecord(record);

const REMOVE = Symbol('remove');
type Key = string | number;

/** The message for a copy of the record with the value at `path` replaced (or removed): a refusal. */
function refusal(path: readonly Key[], value: unknown): string {
  const copy: unknown = JSON.parse(text);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((at, key) => (at as Record<Key, unknown>)[key], copy);
  const last = path[path.length - 1] ?? '';
  if (value === REMOVE) delete (parent as Record<Key, unknown>)[last];
  else (parent as Record<Key, unknown>)[last] = value;
  const result = parseRoomRecord(JSON.stringify(copy), scenario);
  if (result.ok) throw new Error('expected the damaged log to be refused');
  return result.message;
}

describe('serializeRoomRecord and parseRoomRecord', () => {
  it('read back exactly what they wrote', () => {
    expect(text).toContain('\n  "format": "spillage-room-session",');
    expect(parseRoomRecord(text, scenario)).toEqual({ ok: true, record });
  });

  it('read a whole campaign back', () => {
    const campaign: RoomRecord = {
      ...record,
      plan: {
        ...record.plan,
        mode: 'campaign',
        teams: scenario.campaign!.order.map((role) => ({ role, team: role })),
      },
      runs: [{ log: playRun(scenario, { campaign: true }) }],
    };
    expect(parseRoomRecord(serializeRoomRecord(campaign), scenario)).toEqual({
      ok: true,
      record: campaign,
    });
  });

  it('name the place of a damaged field', () => {
    expect(refusal(['runs', 1, 'log', 4, 'choice'], 42)).toBe(
      'This session log cannot be loaded: runs[1].log[4].choice must be text.',
    );
    expect(refusal(['runs', 0, 'log', 1, 'tally', 'stay-late'], -1)).toContain(
      'runs[0].log[1].tally.stay-late must be a whole number of votes (0 or more)',
    );
    expect(refusal(['runs', 0, 'log', 1, 'tally', 'bribe'], 3)).toContain(
      "runs[0].log[1].tally counts 'bribe', which is not a choice of beat 'the-deadline'",
    );
    expect(refusal(['runs', 1, 'log', 2, 'type'], 'undo')).toContain(
      'runs[1].log[2].type must be one of start, choose, continue, next-role, rejoin',
    );
    expect(refusal(['runs', 0, 'log', 1, 'mood'], 'tense')).toContain(
      "unexpected key 'mood' in runs[0].log[1]",
    );
    expect(refusal(['plan', 'budgetMinutes'], REMOVE)).toContain(
      "'budgetMinutes' is missing in plan",
    );
    expect(refusal(['plan', 'teams', 1, 'team'], ['Table 2'])).toContain(
      'plan.teams[1].team must be text',
    );
    expect(refusal(['startedAt'], 'today')).toContain('startedAt must be a number');
    expect(refusal(['runs'], {})).toContain('runs must be a list');
  });

  it('say which scenario a log belongs to', () => {
    expect(refusal(['scenario'], { id: 'x', version: '1.2.0', title: 'X' })).toBe(
      "This session log cannot be loaded: this log is for scenario 'x' version 1.2.0; the loaded scenario is 'equation-group' version 1.0.0.",
    );
  });

  it('refuse other files and other versions clearly', () => {
    const message = (t: string) => {
      const r = parseRoomRecord(t, scenario);
      return r.ok ? '' : r.message;
    };
    expect(message('{"format":"spillage-save","saveVersion":1}')).toContain(
      'a saved single-player game, not a facilitated session log',
    );
    expect(message('{"format":"something-else"}')).toContain("its format is 'something-else'");
    expect(message('[1, 2, 3]')).toContain('it is not a Spillage session log');
    expect(message(text.slice(0, 200))).toContain('it is not JSON');
    expect(refusal(['version'], 2)).toContain(
      'it was written in session log format 2, and this version of Spillage reads format 1',
    );
  });

  it('bound the size of a log', () => {
    expect(parseRoomRecord(' '.repeat(2 * 1024 * 1024 + 1), scenario)).toEqual({
      ok: false,
      message:
        'This session log cannot be loaded: the file is larger than 2 MB, far more than any session log.',
    });
    expect(
      refusal(
        ['runs', 0, 'log'],
        Array.from({ length: MAX_ENTRIES_PER_RUN + 1 }, () => record.runs[0]?.log[0]),
      ),
    ).toContain('runs[0].log has 1001 items; at most 1000 are allowed');
  });

  it('replay every run on the scenario, and check the plan', () => {
    expect(refusal(['runs', 0, 'log', 1, 'choice'], 'switch-vendor')).toBe(
      "This session log cannot be loaded: runs[0]: step 2 of the saved playthrough does not fit this scenario: choice 'switch-vendor' is not available at beat 'the-deadline' of role 'contractor'.",
    );
    expect(refusal(['runs', 0, 'log'], record.runs[0]?.log.slice(1))).toContain(
      "runs[0].log[0] must be the run's 'start'",
    );
    expect(refusal(['plan', 'teams', 2, 'role'], 'analysts')).toContain(
      "its plan does not fit the scenario: The vendor's analysts is in the plan twice; play each role once.",
    );
    expect(refusal(['plan', 'teams'], record.plan.teams.slice(0, 1))).toContain(
      "runs[1] plays role 'analysts', which is not in the plan",
    );
  });

  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (t) => {
          expect(parseRoomRecord(t, scenario).ok).toBe(false);
        },
      ),
    );
  });

  it('never throw on a damaged copy of a real log', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, '__proto__', {}, []));
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        anyValue,
        fc.nat({ max: text.length }),
        (a, b, value, cut) => {
          const copy = JSON.parse(text) as { runs: { log: Record<string, unknown>[] }[] };
          const run = copy.runs[a % copy.runs.length];
          const entry = run?.log[b % (run?.log.length ?? 1)];
          const key = Object.keys(entry ?? {})[b % 3];
          if (entry && key) entry[key] = value;
          for (const t of [JSON.stringify(copy), text.slice(0, cut) + text.slice(cut + 1)]) {
            const result = parseRoomRecord(t, scenario);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok)
              expect(result.message).toMatch(/^This session log cannot be loaded: .+\.$/s);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
