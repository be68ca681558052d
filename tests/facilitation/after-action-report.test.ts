import { describe, expect, it } from 'vitest';
import { buildReport, localDate, reportFileName } from '../../src/facilitation/after-action-report';
import { markdownBlock, markdownInline } from '../../src/facilitation/markdown-text';
import { reportMarkdown } from '../../src/facilitation/report-markdown';
import { comparePath } from '../../src/facilitation/history-compare';
import { decisionVerdict } from '../../src/facilitation/history-words';
import type { RoomRecord } from '../../src/facilitation/room-record';
import {
  equationGroup,
  playRun,
  RATIONALE,
  sampleRecord,
  SCRIPT_RATIONALE,
} from './sample-room-record';

const scenario = await equationGroup();
const record = sampleRecord(scenario);
const report = buildReport(scenario, record);
const markdown = reportMarkdown(report);
const sources = new Map((scenario.sources ?? []).map((s) => [s.id, s]));
const role = (id: string) => scenario.roles.find((r) => r.id === id)!;
const choiceOf = (roleId: string, beat: string, choice: string) =>
  role(roleId)
    .beats.find((b) => b.id === beat)!
    .decision!.choices.find((c) => c.id === choice)!;

describe('buildReport', () => {
  const [contractor, analysts] = report.roles;
  const first = contractor?.decisions[0];

  it('gives the session, its plan and the roles played, in the plan order', () => {
    expect(report.title).toBe('After-action report: Spillage: the Equation Group cache');
    expect(report.scenario).toEqual({
      id: 'equation-group',
      title: scenario.title,
      version: '1.0.0',
      fictional: false,
    });
    expect(report.date).toBe('2026-11-27');
    expect(report.minutesTaken).toBe(65);
    // A record that slipped past its schema still never prints a non-finite number of minutes.
    const absurd = buildReport(scenario, { ...record, startedAt: -1e308, endedAt: 1e308 });
    expect(absurd.minutesTaken).toBeUndefined();
    expect(reportMarkdown(absurd)).not.toMatch(/Infinity|NaN/);
    expect(report.plan.mode).toBe('roles');
    expect(report.plan.budgetMinutes).toBe(60);
    expect(report.roles.map((r) => [r.roleName, r.team])).toEqual([
      ['The contractor', 'Table 1'],
      ["The vendor's analysts", 'Table 2'],
    ]);
    expect(report.notPlayed.map((r) => r.role)).toEqual(['ceo']);
  });

  it("records the room's vote, winner first, its reason, and what the source says was done", () => {
    const deadline = role('contractor').beats.find((b) => b.id === 'the-deadline')!;
    const [compared] = comparePath(role('contractor'), [
      { beat: deadline.id, choice: 'stay-late' },
    ]);
    expect(first).toMatchObject({
      beat: 'the-deadline',
      beatTitle: deadline.title,
      prompt: deadline.decision?.prompt,
      choice: 'stay-late',
      choiceLabel: choiceOf('contractor', 'the-deadline', 'stay-late').label,
      rationale: RATIONALE,
      history: {
        account: compared!.account,
        matched: compared!.matched,
        verdict: decisionVerdict(compared!),
      },
    });
    expect(first?.tally?.text).toBe('7-5-2');
    expect(first?.tally?.votes).toEqual([
      {
        choice: 'stay-late',
        label: choiceOf('contractor', 'the-deadline', 'stay-late').label,
        votes: 7,
      },
      {
        choice: 'take-it-home',
        label: choiceOf('contractor', 'the-deadline', 'take-it-home').label,
        votes: 5,
      },
      {
        choice: 'ask-for-time',
        label: choiceOf('contractor', 'the-deadline', 'ask-for-time').label,
        votes: 2,
      },
    ]);
    // The first decision where the source says what was done and the room chose otherwise.
    const differs = contractor?.decisions.find(
      (d) => d.history?.account.kind === 'historical' && !d.history.matched,
    );
    expect(contractor?.leftHistory?.beat).toBe(differs?.beat);
    expect(analysts?.leftHistory).toBeUndefined();
    // Played on the main line, the analysts match wherever the source says what was done.
    expect(
      analysts?.decisions.every(
        (d) => d.history?.account.kind !== 'historical' || d.history.matched,
      ),
    ).toBe(true);
  });

  it('quotes every citation verbatim from the sources, with the outcome status', () => {
    const outcome = choiceOf('contractor', 'the-deadline', 'stay-late').outcome!;
    expect(first?.outcome?.status).toBe(outcome.status);
    expect(first?.outcome?.statusLabel).toBe('What-if');
    expect(first?.outcome?.text).toBe(outcome.text);
    const cited = [
      ...report.roles.flatMap((r) => r.decisions.flatMap((d) => d.outcome?.citations ?? [])),
      ...report.roles.flatMap((r) => r.ending?.reality.citations ?? []),
      ...report.roles.flatMap((r) => r.rejoinedHistory?.citations ?? []),
    ];
    expect(cited.length).toBeGreaterThan(10);
    for (const c of cited) {
      expect(c.quote).toBe(sources.get(c.id)?.quote);
      expect(c.attribution).toBe(sources.get(c.id)?.attribution);
    }
    expect(first?.outcome?.citations.map((c) => c.id)).toEqual(outcome.cites);
  });

  it('says where each role ended, beside the source, and where a role rejoined the main line', () => {
    expect(contractor?.ending?.id).toBe('never-left');
    expect(contractor?.ending?.history).toBeUndefined();
    expect(contractor?.ending?.verdict.at(-1)).toBe(
      'The source reports a different ending: this one did not happen.',
    );
    for (const r of report.roles) expect(r.ending?.verdict.join(' ')).not.toMatch(/history/i);
    const never = role('contractor').endings.find((e) => e.id === 'never-left')!;
    expect(contractor?.ending?.reality.text).toBe(never.reality.text);
    expect(contractor?.rejoinedHistory).toBeUndefined();
    expect(analysts?.rejoinedHistory?.text).toBe(role('analysts').rejoinHistory?.text);
    expect(analysts?.rejoinedHistory?.citations.map((c) => c.id)).toEqual(
      role('analysts').rejoinHistory?.cites,
    );
  });

  it('lists the discussion questions of the beats visited and the ending, and the learning points', () => {
    const deadline = role('contractor').beats.find((b) => b.id === 'the-deadline')!;
    const never = role('contractor').endings.find((e) => e.id === 'never-left')!;
    expect(contractor?.questions).toEqual([
      ...(deadline.facilitator?.questions ?? []),
      ...never.questions,
    ]);
    expect(contractor?.learningPoints).toEqual(role('contractor').learningObjectives);
    expect(report.learningPoints).toEqual(scenario.learningObjectives);
  });

  it('draws who knew what from the runs: played roles from the room, the others from history', () => {
    const lanes = report.whoKnewWhat.lanes.map((l) => [l.role, l.source]);
    expect(lanes).toEqual([
      ['contractor', 'room'],
      ['analysts', 'room'],
      ['ceo', 'main-line'],
      ['investigator', 'main-line'],
    ]);
  });

  it('follows a campaign role by role, through its rejoins', () => {
    const campaign: RoomRecord = {
      ...record,
      plan: {
        ...record.plan,
        mode: 'campaign',
        teams: scenario.campaign!.order.map((r, i) => ({ role: r, team: `Team ${i + 1}` })),
      },
      runs: [
        { log: playRun(scenario, { campaign: true }, { picks: { 'the-deadline': 'stay-late' } }) },
      ],
    };
    const r = buildReport(scenario, campaign);
    expect(
      r.roles.map((x) => [x.role, x.team, Boolean(x.rejoinedHistory), Boolean(x.ending)]),
    ).toEqual([
      ['contractor', 'Team 1', false, true],
      ['analysts', 'Team 2', true, true],
      ['ceo', 'Team 3', false, true],
      ['investigator', 'Team 4', false, true],
    ]);
    expect(r.notPlayed).toEqual([]);
  });

  it('names its files after the scenario and the day', () => {
    expect(reportFileName(report, 'md')).toBe('spillage-report-equation-group-2026-11-27.md');
    expect(reportFileName(report, 'json')).toBe('spillage-report-equation-group-2026-11-27.json');
    expect(localDate(Number.NaN)).toBe('undated');
  });
});

describe('reportMarkdown', () => {
  it('shows the vote, the reason and what the source says was done', () => {
    expect(markdown).toMatch(/^# After-action report: Spillage: the Equation Group cache\n/);
    expect(markdown).toContain('**Vote:** 7-5-2');
    expect(markdown).toContain(`**Rationale:** ${RATIONALE}`);
    const first = report.roles[0]?.decisions[0];
    expect(markdown).toContain(`**The source:** ${markdownInline(first!.history!.verdict)}`);
    expect(markdown).toContain('| Table 1 | yes |');
    expect(markdown).toContain('## Where the room chose otherwise than the source');
    expect(markdown).not.toMatch(/happened historically|historically:|really happened/i);
    expect(markdown).toContain('## Who knew what, when');
  });

  it('quotes citations as blockquotes with their attribution', () => {
    const quote = sources.get(
      choiceOf('contractor', 'the-deadline', 'stay-late').outcome!.cites![0]!,
    )!;
    expect(markdown).toContain(`> ${quote.quote}\n>\n> — ${quote.attribution}`);
  });

  it('shows HTML in a reason as text', () => {
    expect(markdown).toContain('**Rationale:** &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toContain(SCRIPT_RATIONALE);
    expect(markdown).not.toMatch(/<script/i);
  });

  it('escapes whatever could change the structure', () => {
    expect(markdownInline('a | b <b>bold</b> & *c* [l](x) `d` # e\nf')).toBe(
      'a \\| b &lt;b&gt;bold&lt;/b&gt; &amp; \\*c\\* \\[l\\](x) \\`d\\` \\# e f',
    );
    expect(markdownBlock('# heading\n\n> quote\n\n- item\n\n1. first\n\n+ plus')).toBe(
      '\\# heading\n\n&gt; quote\n\n\\- item\n\n1\\. first\n\n\\+ plus',
    );
  });
});
