/** The after-action report as plain data: what after-action-report.ts builds and the views draw. */
import type { Status } from '../engine/schema';
import type { SourceView } from '../engine/view-types';
import type { WhoKnewWhat } from './who-knew-what-types';

/** A choice's votes in the room. */
export interface ReportVote {
  choice: string;
  label: string;
  votes: number;
}

export interface ReportDecision {
  beat: string;
  beatTitle: string;
  prompt: string;
  choice: string;
  choiceLabel: string;
  /** The room's vote, most votes first, and as text such as "7-5-2". */
  tally?: { votes: ReportVote[]; text: string };
  rationale?: string;
  /** Beside history; absent when there is none to compare with (a fictional scenario). */
  history?: { matched: true } | { matched: false; choice: string; label: string };
  outcome?: {
    text: string;
    status: Status;
    statusLabel: string;
    statusMeaning: string;
    citations: SourceView[];
    /** What a what-if extrapolates from, beyond its citations. */
    basis: SourceView[];
  };
}

export interface ReportRole {
  role: string;
  roleName: string;
  team: string;
  /** The role began where history left it, because the room's earlier choices made it impossible. */
  rejoinedHistory?: { text: string; citations: SourceView[] };
  decisions: ReportDecision[];
  /** The first decision where the room left history. */
  leftHistory?: { beat: string; beatTitle: string; choiceLabel: string; historicalLabel: string };
  /** Absent while the role is still being played. */
  ending?: {
    id: string;
    title: string;
    historical: boolean;
    /** Every choice on the way was history's too. */
    onHistoricalPath: boolean;
    debrief: string;
    reality: { text: string; citations: SourceView[] };
  };
  /** The facilitator questions of the beats visited, then the ending's. */
  questions: string[];
  /** The role's own learning objectives (the scenario's are in the report once). */
  learningPoints: string[];
}

export interface AfterActionReport {
  title: string;
  scenario: { id: string; title: string; version: string; fictional: boolean };
  /** The session's day, yyyy-mm-dd, in local time. */
  date: string;
  startedAt: number;
  endedAt?: number;
  /** From start to end, in whole minutes, once the session has ended. */
  minutesTaken?: number;
  plan: {
    mode: 'campaign' | 'roles';
    modeLabel: string;
    budgetMinutes: number;
    teams: { role: string; roleName: string; team: string }[];
  };
  /** The roles played, in the plan's order (a role played twice: its last run). */
  roles: ReportRole[];
  notPlayed: { role: string; roleName: string; team: string }[];
  learningPoints: string[];
  whoKnewWhat: WhoKnewWhat;
}
