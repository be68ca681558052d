import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/i18n/format-errors';
import { wordProblem } from '../../src/i18n/problem-words';
import { loadScenario, type ScenarioFileInput } from '../../src/engine/load-scenario';
import type { ScenarioError } from '../../src/engine/scenario-error';
import { edit, fixtureFiles } from './fixtures';

/** 1-based line of the first occurrence of `snippet` in a file's text. */
function lineOf(files: ScenarioFileInput[], file: string, snippet: string): number {
  const text = files.find((f) => f.path.endsWith(file))?.text ?? '';
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`snippet '${snippet}' not in ${file}`);
  return text.slice(0, at).split('\n').length;
}

function errorsOf(files: ScenarioFileInput[]): ScenarioError[] {
  const r = loadScenario(files);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors;
}

interface Case {
  rule: string;
  file: string;
  from: string | RegExp;
  to: string;
  code: string;
  path: string;
  /** A snippet on the line the error must point at (in the edited file). */
  at: string;
  says: string | RegExp;
}

const cases: Case[] = [
  {
    rule: 'unknown key',
    file: 'finder.yaml',
    from: '    sound: ambient-street',
    to: '    sound: ambient-street\n    sund: x',
    code: 'unknown-key',
    path: 'roles.finder.beats.car-park.sund',
    at: 'sund: x',
    says: "unknown key 'sund'; did you mean 'sound'?",
  },
  {
    rule: 'missing key',
    file: 'finder.yaml',
    from: '    title: Later\n',
    to: '',
    code: 'missing-key',
    path: 'roles.finder.beats.office',
    at: 'id: office',
    says: "'title' is required",
  },
  {
    rule: 'wrong type',
    file: 'scenario.yaml',
    from: 'estimatedMinutes: 5',
    to: 'estimatedMinutes: five',
    code: 'wrong-type',
    path: 'estimatedMinutes',
    at: 'estimatedMinutes: five',
    says: 'should be a number',
  },
  {
    rule: 'id not kebab-case',
    file: 'finder.yaml',
    from: '  - id: office',
    to: '  - id: Office_2',
    code: 'bad-format',
    path: 'roles.finder.beats[1].id',
    at: 'id: Office_2',
    says: 'not an id',
  },
  {
    rule: 'bad status',
    file: 'finder.yaml',
    from: 'status: reported',
    to: 'status: rumour',
    code: 'bad-value',
    path: 'roles.finder.beats.car-park.decision.choices.plug-in.outcome.status',
    at: 'status: rumour',
    says: 'must be one of: reported',
  },
  {
    rule: 'bad condition',
    file: 'desk.yaml',
    from: 'when: { meter: trust, max: 6 }',
    to: 'when: { metre: trust }',
    code: 'bad-condition',
    path: 'roles.desk.beats.call.decision.choices.wipe.when',
    at: 'when: { metre',
    says: 'not a valid condition',
  },
  {
    rule: 'bad nested condition',
    file: 'desk.yaml',
    from: '{ fact: malware-spread, is: true }',
    to: '{ fact: malware-spread, is: yes }',
    code: 'wrong-type',
    path: 'roles.desk.beats.call.decision.choices.investigate.when.any[0].is',
    at: 'is: yes',
    says: "'is' should be a boolean",
  },
  {
    rule: 'duplicate source',
    file: 'sources.yaml',
    from: '  - id: s-unused',
    to: '  - id: s-desk',
    code: 'duplicate-id',
    path: 'sources[2].id',
    at: "  - id: s-desk\n    quote: 'Nobody",
    says: "'s-desk' is used by more than one source",
  },
  {
    rule: 'duplicate world variable',
    file: 'scenario.yaml',
    from: '    - id: stick-plugged',
    to: '    - id: trust',
    code: 'duplicate-id',
    path: 'world.facts.trust.id',
    at: '    - id: trust\n      label: The stick',
    says: 'world variable',
  },
  {
    rule: 'duplicate beat/ending',
    file: 'finder.yaml',
    from: '  - id: office',
    to: '  - id: infected',
    code: 'duplicate-id',
    path: 'roles.finder.endings.infected.id',
    at: '  - id: infected\n    title: Infected',
    says: "'infected' is used by more than one beat or ending",
  },
  {
    rule: 'duplicate choice',
    file: 'finder.yaml',
    from: '        - id: hand-in',
    to: '        - id: plug-in',
    code: 'duplicate-id',
    path: 'roles.finder.beats.car-park.decision.choices[1].id',
    at: '        - id: plug-in\n          label: Hand',
    says: 'choice',
  },
  {
    rule: 'dangling next',
    file: 'finder.yaml',
    from: 'next: handed-in',
    to: 'next: handed',
    code: 'dangling-reference',
    path: 'roles.finder.beats.car-park.decision.choices.hand-in.next',
    at: 'next: handed\n',
    says: "choice 'hand-in' of beat 'car-park' goes to 'handed', which is not a beat or ending of role 'finder'; did you mean 'handed-in'?",
  },
  {
    rule: 'dangling start',
    file: 'finder.yaml',
    from: 'start: car-park',
    to: 'start: carpark',
    code: 'dangling-reference',
    path: 'roles.finder.start',
    at: 'start: carpark',
    says: "did you mean 'car-park'?",
  },
  {
    rule: 'dangling inject at',
    file: 'desk.yaml',
    from: 'at: call',
    to: 'at: cal',
    code: 'dangling-reference',
    path: 'roles.desk.injects.press-call.at',
    at: 'at: cal',
    says: "did you mean 'call'?",
  },
  {
    rule: 'dangling cite',
    file: 'finder.yaml',
    from: 'cites: [s-found]',
    to: 'cites: [s-fund]',
    code: 'dangling-reference',
    path: 'roles.finder.beats.car-park.decision.choices.plug-in.outcome.cites[0]',
    at: 'cites: [s-fund]',
    says: "did you mean 's-found'?",
  },
  {
    rule: 'dangling basis',
    file: 'finder.yaml',
    from: 'basis: [s-found]',
    to: 'basis: [s-lost]',
    code: 'dangling-reference',
    path: 'roles.finder.beats.car-park.decision.choices.hand-in.outcome.basis[0]',
    at: 'basis: [s-lost]',
    says: "source 's-lost'",
  },
  {
    rule: 'set on a meter',
    file: 'finder.yaml',
    from: 'set: { stick-plugged: true, malware-spread: true }',
    to: 'set: { trust: true }',
    code: 'dangling-reference',
    path: 'roles.finder.beats.car-park.decision.choices.plug-in.effects.set.trust',
    at: 'set: { trust',
    says: "'trust' is a meter: use add",
  },
  {
    rule: 'add to a fact',
    file: 'finder.yaml',
    from: 'add: { trust: 2 }',
    to: 'add: { stick-plugged: 2 }',
    code: 'dangling-reference',
    path: 'roles.finder.beats.car-park.decision.choices.hand-in.effects.add.stick-plugged',
    at: 'add: { stick-plugged',
    says: 'is a fact: use set',
  },
  {
    rule: 'dangling condition fact',
    file: 'desk.yaml',
    from: 'requires: { fact: stick-plugged, is: true }',
    to: 'requires: { fact: stick-pluged, is: true }',
    code: 'dangling-reference',
    path: 'roles.desk.requires.fact',
    at: 'requires:',
    says: "did you mean 'stick-plugged'?",
  },
  {
    rule: 'dangling condition choice',
    file: 'desk.yaml',
    from: 'chose: finder.car-park.plug-in',
    to: 'chose: finder.car-park.plugin',
    code: 'dangling-reference',
    path: 'roles.desk.injects.press-call.when.chose',
    at: 'chose: finder',
    says: "did you mean 'finder.car-park.plug-in'?",
  },
  {
    rule: 'dangling campaign role',
    file: 'scenario.yaml',
    from: 'order: [finder, desk]',
    to: 'order: [finder, dsk]',
    code: 'dangling-reference',
    path: 'campaign.order[1]',
    at: 'order:',
    says: "did you mean 'desk'?",
  },
  {
    rule: 'dangling meter role',
    file: 'scenario.yaml',
    from: 'roles: [desk]',
    to: 'roles: [desks]',
    code: 'dangling-reference',
    path: 'world.meters.heat.roles[0]',
    at: 'roles: [desks]',
    says: "role 'desks'",
  },
  {
    rule: 'what-if without basis',
    file: 'finder.yaml',
    from: '            basis: [s-found]\n',
    to: '',
    code: 'what-if-without-basis',
    path: 'roles.finder.beats.car-park.decision.choices.hand-in.outcome',
    at: 'text: The desk thanks you.',
    says: "needs 'basis'",
  },
  {
    rule: 'outcome without cites',
    file: 'desk.yaml',
    from: '            cites: [s-desk]\n          next: done\n        - id: investigate',
    to: '          next: done\n        - id: investigate',
    code: 'uncited',
    path: 'roles.desk.beats.call.decision.choices.wipe.outcome',
    at: 'text: The machine is clean.',
    says: 'cites no source',
  },
  {
    rule: 'meter initial outside range',
    file: 'scenario.yaml',
    from: 'initial: 5',
    to: 'initial: 11',
    code: 'bad-range',
    path: 'world.meters.trust.initial',
    at: 'initial: 11',
    says: 'outside its range 0…10',
  },
  {
    rule: 'meter min > max',
    file: 'scenario.yaml',
    from: '      max: 3',
    to: '      max: -1',
    code: 'bad-range',
    path: 'world.meters.heat.min',
    at: '      min: 0\n      max: -1',
    says: 'greater than max',
  },
  {
    rule: 'unreachable beat',
    file: 'finder.yaml',
    from: 'next: office',
    to: 'next: infected',
    code: 'unreachable',
    path: 'roles.finder.beats.office.id',
    at: 'id: office',
    says: "beat 'office' of role 'finder' cannot be reached",
  },
  {
    rule: 'requires without rejoinHistory',
    file: 'desk.yaml',
    from: /rejoinHistory:\n( {2}.*\n)+/,
    to: '',
    code: 'requires-without-rejoin',
    path: 'roles.desk.requires',
    at: 'requires:',
    says: "no 'rejoinHistory'",
  },
  {
    rule: 'role file name differs from id',
    file: 'desk.yaml',
    from: 'id: desk',
    to: 'id: helpdesk',
    code: 'id-mismatch',
    path: 'roles.helpdesk.id',
    at: 'id: helpdesk',
    says: "file name 'desk'",
  },
  {
    rule: 'scenario id differs from folder',
    file: 'scenario.yaml',
    from: 'id: campaign',
    to: 'id: other',
    code: 'id-mismatch',
    path: 'id',
    at: 'id: other',
    says: "folder name 'campaign'",
  },
  {
    rule: 'decision and next',
    file: 'finder.yaml',
    from: '    text: A stick lies by your car.',
    to: '    text: A stick lies by your car.\n    next: office',
    code: 'decision-and-next',
    path: 'roles.finder.beats.car-park.next',
    at: '    next: office',
    says: "both 'decision' and 'next'",
  },
  {
    rule: 'neither decision nor next',
    file: 'finder.yaml',
    from: '    next: infected\n',
    to: '',
    code: 'no-way-on',
    path: 'roles.finder.beats.office',
    at: 'id: office',
    says: "either a 'decision' or a 'next'",
  },
  {
    rule: 'YAML syntax',
    file: 'finder.yaml',
    from: 'briefing: You find a USB stick.',
    to: 'briefing: [unclosed',
    code: 'syntax',
    path: '',
    at: 'knows: [It is Monday.]' /* the parser notices on the next line */,
    says: 'not valid YAML',
  },
  {
    rule: 'duplicate YAML key',
    file: 'finder.yaml',
    from: 'name: The finder',
    to: 'name: The finder\nname: Again',
    code: 'duplicate-key',
    path: '',
    at: 'name: Again',
    says: "the key 'name' is written twice",
  },
  {
    rule: 'aliases',
    file: 'finder.yaml',
    from: 'knows: [It is Monday.]',
    to: 'knows: &k [It is Monday.]\nlearningObjectives: *k',
    code: 'alias',
    path: '',
    at: 'learningObjectives: *k',
    says: 'aliases',
  },
  {
    rule: 'roles inside a folder scenario.yaml',
    file: 'scenario.yaml',
    from: 'campaign:\n',
    to: 'roles: []\ncampaign:\n',
    code: 'roles-in-scenario-file',
    path: 'roles',
    at: 'roles: []',
    says: 'its own file',
  },
];

describe('loadScenario: each rule names file, path and line', async () => {
  const base = await fixtureFiles('campaign');
  it('loads the unbroken fixture', () => {
    expect(loadScenario(base).ok).toBe(true);
  });
  for (const c of cases) {
    it(c.rule, () => {
      const files = edit(base, c.file, c.from, c.to);
      const errors = errorsOf(files);
      const hit = errors.find((e) => e.code === c.code && e.path === c.path);
      expect(hit, `errors were:\n${formatErrors(errors)}`).toBeDefined();
      expect(hit?.file).toBe(files.find((f) => f.path.endsWith(c.file))?.path);
      expect(hit?.line).toBe(lineOf(files, c.file, c.at));
      expect(hit?.column).toBeGreaterThanOrEqual(1);
      const words = hit ? wordProblem(hit.message) : '';
      if (typeof c.says === 'string') expect(words).toContain(c.says);
      else expect(words).toMatch(c.says);
    });
  }
});

describe('loadScenario: files and forms', async () => {
  const base = await fixtureFiles('campaign');
  it('merges sources from scenario.yaml and sources.yaml, and maps sources.yaml errors back to it', () => {
    const withOwn = edit(
      base,
      'scenario.yaml',
      'campaign:\n',
      'sources:\n  - { id: s-own, quote: "Own.", attribution: Here }\ncampaign:\n',
    );
    const r = loadScenario(withOwn);
    expect(r.ok && r.scenario.sources?.map((s) => s.id)).toEqual([
      's-own',
      's-found',
      's-desk',
      's-unused',
    ]);
    const broken = edit(
      withOwn,
      'sources.yaml',
      'attribution: Fixture source, 2026\n    fact: 2',
      'attribution: Fixture source, 2026\n    fact: -2',
    );
    const e = errorsOf(broken).find((x) => x.code === 'wrong-size');
    expect(e).toMatchObject({
      file: 'campaign/sources.yaml',
      path: 'sources.s-desk.fact',
      line: 9,
    });
  });
  it('refuses an unexpected file in a folder', () => {
    const errors = errorsOf([...base, { path: 'campaign/notes.yaml', text: 'a: 1' }]);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'campaign/notes.yaml', code: 'unexpected-file' }),
    ]);
  });
  it('refuses a folder without roles, or without scenario.yaml', () => {
    expect(errorsOf(base.filter((f) => !f.path.includes('/roles/'))).map((e) => e.code)).toContain(
      'no-roles',
    );
    expect(errorsOf(base.filter((f) => !f.path.endsWith('scenario.yaml')))[0]?.code).toBe(
      'no-scenario-file',
    );
  });
  it('reads a single JSON file as the whole document', async () => {
    const [file] = await fixtureFiles('minimal.yaml');
    const { parse } = await import('yaml');
    const json = JSON.stringify(parse(file?.text ?? ''), null, 1);
    expect(loadScenario([{ path: 'minimal.json', text: json }]).ok).toBe(true);
    const bad = json.replace('"start": "choose"', '"start": "chose"');
    expect(errorsOf([{ path: 'minimal.json', text: bad }])[0]).toMatchObject({
      path: 'roles.solo.start',
      code: 'dangling-reference',
      line: bad.split('\n').findIndex((l) => l.includes('"start"')) + 1,
    });
  });
  it(
    'refuses empty, non-mapping, multi-document, oversize and overdeep files before use',
    { timeout: 30_000 },
    () => {
      const one = (text: string) => errorsOf([{ path: 'x.yaml', text }])[0]?.code;
      expect(one('')).toBe('empty');
      expect(one('- a\n- b')).toBe('not-mapping');
      expect(one('a: 1\n---\nb: 2')).toBe('syntax');
      expect(one(`a: "${'x'.repeat(2 * 1024 * 1024)}"`)).toBe('too-large');
      expect(one(`a: ${'['.repeat(100)}${']'.repeat(100)}`)).toBe('too-deep');
      expect(one(`a: ${'['.repeat(100_000)}`)).toBe('too-deep');
      expect(one(Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n'))).toBe(
        'too-deep',
      );
      expect(one('{"a":'.repeat(70) + '1' + '}'.repeat(70))).toBe('too-deep');
    },
  );
  it('formats errors as file:line:column, path and message', () => {
    const text = formatErrors(
      errorsOf(edit(base, 'finder.yaml', 'next: handed-in', 'next: handed')),
    );
    expect(text).toMatch(
      /^campaign\/roles\/finder\.yaml:\d+:\d+ {2}roles\.finder\.beats\.car-park\.decision\.choices\.hand-in\.next\n {2}choice 'hand-in'/,
    );
  });
});
