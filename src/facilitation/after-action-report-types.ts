/** The after-action report as plain data: what after-action-report.ts builds and the views draw. */
import type { Status } from '../engine/schema';
import type { SourceView } from '../engine/view-types';
import type { RoomCheckRole } from './room-check';
import type { WhoKnewWhat } from './who-knew-what-types';
import type { History } from '../engine/history';
import type { SourceAccount } from './history-compare';
import type { ActionItem } from './wrap-up';
import type { ReportOrgNote } from './report-org';

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
  /** Every team's choice and reason, when every team decided (the room followed the most chosen). */
  teams?: { team: string; choice: string; choiceLabel: string; reason?: string }[];
  /** The facilitator skipped the vote: history's choice was taken and read out. */
  skipped?: true;
  /** Participants' own reasons from a live vote, with the choice each backs (never a name). */
  reasons?: { choice: string; label: string; text: string }[];
  /**
   * Beside the source: what it says was done here (or that it is silent), and whether the room
   * chose the same; absent in a fictional scenario, which has no source to compare with.
   */
  history?: { account: SourceAccount; matched: boolean; verdict: string };
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
  /** The role began from the main line, because the room's earlier choices made its start impossible. */
  rejoinedHistory?: { text: string; citations: SourceView[] };
  decisions: ReportDecision[];
  /** The first decision where the room chose otherwise than the source says was done. */
  leftHistory?: { beat: string; beatTitle: string; choiceLabel: string; historicalLabel: string };
  /** Absent while the role is still being played. */
  ending?: {
    id: string;
    title: string;
    /** How the ending stands to the source (absent: the source does not say it ended so). */
    history?: History;
    /** The path and its ending beside the source, in sentences (none in a fictional scenario). */
    verdict: string[];
    debrief: string;
    reality: { text: string; citations: SourceView[] };
  };
  /** The facilitator questions of the beats visited, then the ending's. */
  questions: string[];
  /** The questions the facilitator ticked as discussed for this role, in the order ticked. */
  discussed?: string[];
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
  /** The room's before-and-after checks, per role (absent when none was taken). */
  checks?: RoomCheckRole[];
  /** The first page: the session at a glance and the wrap-up (see report-summary.ts). */
  summary: ReportSummary;
  /** Set when the facilitator withheld names (unnamed.ts): the note saying so. */
  namesWithheld?: string;
  /** The facilitator's "In our organisation" notes, by role and decision (report-org.ts). */
  orgNotes?: ReportOrgNote[];
}

/** The report's first page: who, where, how many, what was decided, and what comes next. */
export interface ReportSummary {
  facilitator?: string;
  location?: string;
  headcount?: number;
  attendees: string[];
  /** Roles played of those planned, and decisions the room recorded. */
  rolesPlayed: number;
  rolesPlanned: number;
  decisions: number;
  /** How many questions were ticked as discussed (absent when none were: ticking is optional). */
  questionsDiscussed?: number;
  takeaways: string[];
  strengths: string[];
  improvements: string[];
  actions: ActionItem[];
  /** Whether the facilitator entered a wrap-up at all. */
  wrappedUp: boolean;
}
