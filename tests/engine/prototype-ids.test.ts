// Ids are data, never keys into an object's prototype: a scenario may call anything
// `constructor`, and names of Object.prototype that no id may take are refused by name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/create-session';
import { loadScenario } from '../../src/engine/load-scenario';
import { buildReport } from '../../src/facilitation/after-action-report';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { ROOM_RECORD_FORMAT, ROOM_RECORD_VERSION } from '../../src/facilitation/room-record';
import { formatErrors } from '../../src/i18n/format-errors';
import { FIXTURES, mustLoad } from './fixtures';

const conditions = readFileSync(join(FIXTURES, 'conditions.yaml'), 'utf8');

/** The conditions fixture with its role, first beat, first choice and a world id renamed. */
function renamed(id: string, worldId: 'door-open' | 'money'): string {
  return conditions
    .replaceAll('visitor.hall.open', `${id}.${id}.${id}`)
    .replace(/\bvisitor\b/g, id)
    .replace(/\bhall\b/g, id)
    .replace('- id: open', `- id: ${id}`)
    .replace(new RegExp(`\\b${worldId}\\b`, 'g'), id);
}

describe('an id named constructor', () => {
  for (const worldId of ['door-open', 'money'] as const)
    it(`plays like any other id (role, beat, choice, setting and ${worldId === 'money' ? 'meter' : 'fact'})`, () => {
      const scenario = mustLoad([
        { path: 'constructor.yaml', text: renamed('constructor', worldId) },
      ]);
      const session = createSession(scenario);
      expect(session.start({ role: 'constructor' }, { at: 1 })).toEqual({ ok: true });
      expect(session.view().beat?.id).toBe('constructor');
      expect(session.choose('constructor', { at: 2, tally: { constructor: 3 } })).toEqual({
        ok: true,
      });
      const view = session.view();
      // The door is open and money clamped to its maximum: 'rich' is offered, 'poor' is not.
      expect(view.choices.map((c) => c.id)).toEqual(['rich']);
      expect(view.facts.map((f) => f.value)).toEqual([true]);
      expect(view.meters.map((m) => m.value)).toEqual([3]);
      expect(session.choose('rich', { at: 3, tally: { rich: 4 } })).toEqual({ ok: true });
      expect(session.view().ending?.id).toBe('rich-end');
    });

  it('gets no votes in a report from Object, only from the tally', () => {
    // Here the choice nobody voted for is the one called constructor.
    const text = conditions.replace('- id: wait', '- id: constructor');
    const scenario = mustLoad([{ path: 'c.yaml', text }]);
    const session = createSession(scenario);
    session.start({ role: 'visitor' }, { at: 1 });
    session.choose('open', { at: 2, tally: { open: 5 } });
    session.choose('rich', { at: 3, tally: { rich: 2 } });
    const report = buildReport(scenario, {
      format: ROOM_RECORD_FORMAT,
      version: ROOM_RECORD_VERSION,
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      plan: {
        scenarioId: scenario.id,
        mode: 'roles',
        teams: [{ role: 'visitor', team: 'Table 1' }],
        budgetMinutes: 30,
      },
      runs: [{ log: session.log() }],
      startedAt: 0,
    });
    const first = report.roles[0]?.decisions[0];
    expect(first?.tally).toEqual({
      votes: [{ choice: 'open', label: 'Open the door', votes: 5 }],
      text: '5',
    });
    expect(reportMarkdown(report)).not.toMatch(/native code|function Object/);
  });
});

describe('names from Object.prototype that are not ids', () => {
  for (const id of ['__proto__', 'toString', 'hasOwnProperty'])
    it(`are refused, naming the field: ${id}`, () => {
      const result = loadScenario([{ path: 'bad.yaml', text: renamed(id, 'door-open') }]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const roleIdError = result.errors.find(
        (e) => e.path === 'roles[0].id' || e.path === 'roles.0.id' || /roles.*\bid\b/.test(e.path),
      );
      expect(roleIdError, JSON.stringify(result.errors.slice(0, 3))).toBeDefined();
      expect(formatErrors(result.errors)).toMatch(/id|kebab|lowercase/i);
    });
});
