import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoomRecord } from '../../src/facilitation/room-record';
import {
  EARLIEST_DATE_MS,
  MAX_REASON_CHARS,
  MAX_SESSION_MS,
  MAX_TEAM_NAME_CHARS,
  MAX_TEAMS,
  MAX_VOTES,
} from '../../src/engine/limits';
import { parseRoomRecord, serializeRoomRecord } from '../../src/facilitation/room-record-io';
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
      `runs[0].log[1].tally.stay-late must be a whole number of votes from 0 to ${MAX_VOTES}`,
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

  it('hold every field to the limits the UI uses, one past each refused', () => {
    const reason = ['runs', 0, 'log', 1, 'rationale'];
    const votes = ['runs', 0, 'log', 1, 'tally', 'stay-late'];
    const team = ['plan', 'teams', 0, 'team'];
    const accepted = (path: readonly Key[], value: unknown) => {
      const copy: unknown = JSON.parse(text);
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((at, key) => (at as Record<Key, unknown>)[key], copy);
      (parent as Record<Key, unknown>)[path.at(-1) ?? ''] = value;
      return parseRoomRecord(JSON.stringify(copy), scenario).ok;
    };
    expect(accepted(reason, 'r'.repeat(MAX_REASON_CHARS))).toBe(true);
    expect(refusal(reason, 'r'.repeat(MAX_REASON_CHARS + 1))).toContain(
      `runs[0].log[1].rationale is longer than ${MAX_REASON_CHARS} characters`,
    );
    expect(accepted(votes, MAX_VOTES)).toBe(true);
    for (const n of [MAX_VOTES + 1, 2 ** 53, 0.5])
      expect(refusal(votes, n)).toContain(`from 0 to ${MAX_VOTES}`);
    expect(accepted(team, 't'.repeat(MAX_TEAM_NAME_CHARS))).toBe(true);
    expect(refusal(team, 't'.repeat(MAX_TEAM_NAME_CHARS + 1))).toContain(
      `plan.teams[0].team is longer than ${MAX_TEAM_NAME_CHARS} characters`,
    );
    const started = record.startedAt;
    expect(accepted(['endedAt'], started + MAX_SESSION_MS)).toBe(true);
    expect(refusal(['endedAt'], started + MAX_SESSION_MS + 1)).toContain(
      'endedAt must be after startedAt, and at most 31 days later',
    );
    expect(refusal(['endedAt'], started - 1)).toContain('endedAt must be after startedAt');
    for (const t of [-1e308, 1e308, EARLIEST_DATE_MS - 1, started + 0.5])
      expect(refusal(['startedAt'], t)).toContain(
        'startedAt must be a date between the years 2000 and 2200',
      );
  });

  it.each<[string, Key[], unknown, string]>([
    ['a time of -1', ['runs', 0, 'log', 1, 'at'], -1, 'runs[0].log[1].at must be a time'],
    [
      'a role that is no id',
      ['runs', 0, 'log', 0, 'role'],
      'The CEO',
      'runs[0].log[0].role must be an id',
    ],
    [
      'a plan mode of its own',
      ['plan', 'mode'],
      'chaos',
      "plan.mode must be 'campaign' or 'roles'",
    ],
    [
      'a scenario title of 1001 characters',
      ['scenario', 'title'],
      't'.repeat(1001),
      'scenario.title is longer than 1000 characters',
    ],
    ['a team list that is no list', ['plan', 'teams'], 'all', 'plan.teams must be a list'],
    ['an extra key in a run', ['runs', 0, 'notes'], 'x', "unexpected key 'notes' in runs[0]"],
    [
      'a tally that counts a choice twice over',
      ['runs', 0, 'log', 1, 'tally'],
      Object.fromEntries(Array.from({ length: 37 }, (_, i) => [`c${i}`, 1])),
      'runs[0].log[1].tally counts more choices than a decision can offer (36)',
    ],
    [
      'a campaign flag of false',
      ['runs', 0, 'log', 0, 'campaign'],
      false,
      'runs[0].log[0].campaign must be true',
    ],
    [
      'a hostile 100,000-character key',
      ['runs', 0, 'x'.repeat(100_000)],
      1,
      `unexpected key '${'x'.repeat(39)}…' in runs[0]`,
    ],
  ])('refuse %s, naming the field', (_, path, value, expected) => {
    const message = refusal(path, value);
    expect(message).toContain(expected);
    expect(message.length).toBeLessThan(300);
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
        ['runs'],
        Array.from({ length: MAX_TEAMS + 1 }, () => record.runs[0]),
      ),
    ).toContain(`runs has ${MAX_TEAMS + 1} items; at most ${MAX_TEAMS} are allowed`);
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

  it('never throw on a damaged copy of a real log', { timeout: 60_000 }, () => {
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
