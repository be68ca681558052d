/**
 * The after-action report: what the room decided, by how many votes and why, beside what the
 * source says was done (only where it says so), with every claim's status and citations. Pure data, built from the session log by
 * replaying it on the scenario; the Markdown, JSON and print views all draw from it.
 */
import { roomCheckReport, type RoomCheckRole } from './room-check';
import { replay } from '../engine/replay';
import type { Role, Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import type { SourceView } from '../engine/view-types';
import { statusMeaning } from '../engine/status-words';
import type { AfterActionReport, ReportDecision, ReportRole } from './after-action-report-types';
import { addRunReasons } from './report-reasons';
import type { RoomRecord } from './room-record';
import { buildWhoKnewWhat } from './who-knew-what';
import { citeSources } from '../engine/cite-sources';
import { comparePath, hasHistoricalEnding } from './history-compare';
import { decisionVerdict, pathVerdict } from './history-words';
import { buildSummary, discussedFor } from './report-summary';
import { t } from '../i18n/translate';
import { reportOrgParts } from './report-org';

export type {
  AfterActionReport,
  ReportDecision,
  ReportRole,
  ReportVote,
} from './after-action-report-types';

/** Builds the report from a session log that fits the scenario (as parseRoomRecord ensures). */
export function buildReport(scenario: Scenario, record: RoomRecord): AfterActionReport {
  const roleName = (id: string): string => scenario.roles.find((r) => r.id === id)?.name ?? id;
  const teamOf = (id: string): string =>
    record.plan.teams.find((team) => team.role === id)?.team ?? '';
  const played = new Map<string, ReportRole>();
  for (const run of record.runs)
    for (const role of rolesOfRun(scenario, run.log, teamOf))
      played.set(role.role, addRunReasons(scenario, role, run));
  const planned = record.plan.teams.map((team) => team.role);
  const teams = record.plan.teams.map((team) => ({ ...team, roleName: roleName(team.role) }));
  const roles = [
    ...planned.flatMap((id) => played.get(id) ?? []),
    ...[...played.values()].filter((r) => !planned.includes(r.role)),
  ];
  for (const r of roles) {
    const discussed = discussedFor(record, r.role);
    if (discussed.length > 0) r.discussed = discussed;
  }
  return {
    title: t('report.title', { scenario: scenario.title }),
    scenario: {
      id: scenario.id,
      title: scenario.title,
      version: scenario.version,
      fictional: scenario.fictional ?? false,
    },
    date: localDate(record.startedAt),
    startedAt: record.startedAt,
    ...(record.endedAt !== undefined ? timeTaken(record.startedAt, record.endedAt) : {}),
    plan: {
      mode: record.plan.mode,
      modeLabel:
        record.plan.mode === 'campaign' ? t('history.modeCampaign') : t('history.modeRoles'),
      budgetMinutes: record.plan.budgetMinutes,
      teams,
    },
    roles,
    notPlayed: teams.filter((team) => !played.has(team.role)),
    learningPoints: [...(scenario.learningObjectives ?? [])],
    whoKnewWhat: buildWhoKnewWhat(
      scenario,
      record.runs.map((r) => r.log),
    ),
    ...roomChecks(scenario, record),
    summary: buildSummary(record, roles),
    ...reportOrgParts(scenario, record),
  };
}

/** The room's checks for the report, when any show of hands was taken. */
function roomChecks(scenario: Scenario, record: RoomRecord): { checks?: RoomCheckRole[] } {
  const checks = roomCheckReport(scenario, record.checks);
  return checks.length > 0 ? { checks } : {};
}

/** The day of a timestamp as yyyy-mm-dd in local time (the day the trainer ran the session). */
/** The end and the minutes taken; the record's schema bounds both times, and a report never prints a non-finite number. */
function timeTaken(startedAt: number, endedAt: number): { endedAt: number; minutesTaken?: number } {
  const minutes = Math.round((endedAt - startedAt) / 60_000);
  return Number.isFinite(minutes) ? { endedAt, minutesTaken: Math.max(0, minutes) } : { endedAt };
}

export function localDate(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return t('report.undated');
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The name for a report download, e.g. `spillage-report-equation-group-2026-11-27.md`. */
export function reportFileName(report: AfterActionReport, extension: 'md' | 'json'): string {
  return `spillage-report-${report.scenario.id}-${report.date}.${extension}`;
}

/** Every role one run played, in order; endings and rejoins are read from the replayed engine. */
function rolesOfRun(
  scenario: Scenario,
  log: readonly LogEntry[],
  teamOf: (role: string) => string,
): ReportRole[] {
  const roles: ReportRole[] = [];
  const visited = new Map<string, Set<string>>();
  const viewAt = (end: number) => {
    const r = replay(scenario, log.slice(0, end));
    return r.ok ? r.session.view() : undefined;
  };
  const enter = (id: string | undefined): ReportRole | undefined => {
    const role = scenario.roles.find((r) => r.id === id);
    if (!role) return undefined;
    const entry: ReportRole = {
      role: role.id,
      roleName: role.name,
      team: teamOf(role.id),
      decisions: [],
      questions: [],
      learningPoints: [...(role.learningObjectives ?? [])],
    };
    roles.push(entry);
    visited.set(role.id, new Set());
    return entry;
  };
  const finish = (end: number): void => {
    const current = roles[roles.length - 1];
    const ending = viewAt(end)?.ending;
    const role = scenario.roles.find((r) => r.id === current?.role);
    if (!current || !role) return;
    if (ending)
      current.ending = {
        id: ending.id,
        title: ending.title,
        ...(ending.history ? { history: ending.history } : {}),
        verdict: scenario.fictional
          ? []
          : pathVerdict(
              comparePath(role, ending.playerPath),
              {
                ...(ending.history ? { history: ending.history } : {}),
                roleHasHistoricalEnding: hasHistoricalEnding(role),
              },
              'the room',
            ),
        debrief: ending.debrief,
        reality: { text: ending.reality.text, citations: ending.reality.sources },
      };
    const beats = visited.get(role.id) ?? new Set();
    current.questions = unique([
      ...role.beats.filter((b) => beats.has(b.id)).flatMap((b) => b.facilitator?.questions ?? []),
      ...(ending?.questions ?? []),
    ]);
  };
  let current: ReportRole | undefined;
  for (const [i, e] of log.entries()) {
    if (e.type === 'start') current = enter(e.role ?? scenario.campaign?.order[0]);
    else if (e.type === 'next-role') {
      finish(i);
      current = enter(e.role);
    } else if (e.type === 'rejoin') {
      const rejoin = viewAt(i)?.rejoin;
      if (current && rejoin)
        current.rejoinedHistory = { text: rejoin.text, citations: rejoin.sources };
    } else {
      visited.get(e.role)?.add(e.beat);
      const role = scenario.roles.find((r) => r.id === e.role);
      if (e.type === 'choose' && current && role) {
        const decision = describeDecision(scenario, role, e);
        if (decision) current.decisions.push(decision);
      }
    }
  }
  finish(log.length);
  for (const r of roles) {
    const left = firstDivergence(r);
    if (left) r.leftHistory = left;
  }
  return roles;
}

function describeDecision(
  scenario: Scenario,
  role: Role,
  e: Extract<LogEntry, { type: 'choose' }>,
): ReportDecision | undefined {
  const beat = role.beats.find((b) => b.id === e.beat);
  const choices = beat?.decision?.choices ?? [];
  const choice = choices.find((c) => c.id === e.choice);
  if (!beat?.decision || !choice) return undefined;
  const [compared] = scenario.fictional ? [] : comparePath(role, [e]);
  const cite = (ids: readonly string[] | undefined): SourceView[] => citeSources(scenario, ids);
  const decision: ReportDecision = {
    beat: beat.id,
    beatTitle: beat.title,
    prompt: beat.decision.prompt,
    choice: choice.id,
    choiceLabel: choice.label,
  };
  if (e.tally) {
    // Read through a Map: a choice called `constructor` must not find Object's own.
    const tally = new Map(Object.entries(e.tally));
    // Most votes first; a tie keeps the order the choices are offered in.
    const votes = choices
      .filter((c) => tally.has(c.id))
      .map((c) => ({ choice: c.id, label: c.label, votes: tally.get(c.id) ?? 0 }))
      .sort((a, b) => b.votes - a.votes);
    decision.tally = { votes, text: votes.map((v) => v.votes).join('-') };
  }
  if (e.rationale !== undefined && e.rationale.trim() !== '') decision.rationale = e.rationale;
  if (e.teams)
    decision.teams = e.teams.map((vote) => ({
      ...vote,
      choiceLabel: choices.find((c) => c.id === vote.choice)?.label ?? vote.choice,
    }));
  if (e.skipped) decision.skipped = true;
  if (compared)
    decision.history = {
      account: compared.account,
      matched: compared.matched,
      verdict: decisionVerdict(compared),
    };
  if (choice.outcome) {
    const o = choice.outcome;
    decision.outcome = {
      text: o.text,
      status: o.status,
      statusLabel: statusMeaning[o.status].label,
      statusMeaning: statusMeaning[o.status].meaning,
      citations: cite(o.cites),
      basis: cite(o.basis?.filter((id) => !o.cites?.includes(id))),
    };
  }
  return decision;
}

function firstDivergence(role: ReportRole): ReportRole['leftHistory'] {
  for (const d of role.decisions)
    if (d.history?.account.kind === 'historical' && !d.history.matched)
      return {
        beat: d.beat,
        beatTitle: d.beatTitle,
        choiceLabel: d.choiceLabel,
        historicalLabel: d.history.account.label,
      };
  return undefined;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
