/**
 * "Who knew what, when": the incident as one lane per role on one time axis. Played roles are read
 * from the session's logs, the others from the scenario's main line. Pure: runs in Node.
 */
import { historicalPath, type PathStep } from '../engine/historical-path';
import { replay } from '../engine/replay';
import type { Role, Scenario } from '../engine/schema';
import type { LogEntry } from '../engine/session-types';
import type { Lane, LaneCell, Moment, WhoKnewWhat } from './who-knew-what-types';
import { markdownInline } from './markdown-text';
import { historyOf } from '../engine/history';
import { LANE_WORDS, quote } from './history-words';
import { t } from '../i18n/translate';
import { sourceAccount } from './history-compare';

/** One lane per role (campaign order, else role order); a role's last run wins. */
export function buildWhoKnewWhat(
  scenario: Scenario,
  runs: readonly (readonly LogEntry[])[],
): WhoKnewWhat {
  const played = new Map<string, PathStep[]>();
  for (const log of runs)
    for (const [role, steps] of stepsByRole(scenario, log)) played.set(role, steps);
  const rolesById = new Map(scenario.roles.map((r) => [r.id, r]));
  const order = scenario.campaign?.order ?? [];
  const roles = [
    ...order.flatMap((id) => rolesById.get(id) ?? []),
    ...scenario.roles.filter((r) => !order.includes(r.id)),
  ];
  const timeline = scenario.timeline ?? [];
  const lanes = roles.map((role): Lane => {
    const steps = played.get(role.id);
    const source = steps ? 'room' : 'main-line';
    return {
      role: role.id,
      roleName: role.name,
      source,
      cells: cellsOf(role, steps ?? historicalPath(role).steps, source, timeline),
    };
  });
  const steps = Math.max(0, ...lanes.map((l) => l.cells.length));
  const moments: Moment[] =
    timeline.length > 0
      ? timeline.map((moment) => ({ id: moment.id, label: moment.label }))
      : Array.from({ length: steps }, (_, i) => ({
          id: stepId(i),
          label: t('report.step', { number: i + 1 }),
        }));
  return { moments, lanes };
}

const stepId = (index: number): string => `step-${index + 1}`;

/** The beats each role visited in one log, in order, with the choice taken at each decision. */
function stepsByRole(scenario: Scenario, log: readonly LogEntry[]): Map<string, PathStep[]> {
  const byRole = new Map<string, PathStep[]>();
  const visit = (role: string): PathStep[] => {
    const steps = byRole.get(role) ?? [];
    byRole.set(role, steps);
    return steps;
  };
  for (const e of log) {
    if (e.type === 'start') visit(e.role ?? scenario.campaign?.order[0] ?? '');
    else if (e.type === 'next-role' || e.type === 'rejoin') visit(e.role);
    else if (e.type === 'choose') visit(e.role).push({ beat: e.beat, choice: e.choice });
    else visit(e.role).push({ beat: e.beat });
  }
  // The beat the log stops at (a run still going) is recorded only when it is left, so ask the
  // engine where the run stands now; a log that no longer fits the scenario just stops earlier.
  const now = replay(scenario, log);
  const view = now.ok ? now.session.view() : undefined;
  if (view?.phase === 'beat' && view.role && view.beat)
    visit(view.role.id).push({ beat: view.beat.id });
  byRole.delete('');
  return byRole;
}

/** The lane's cells: what the role knew at each beat, and what it chose beside the source. */
function cellsOf(
  role: Role,
  steps: readonly PathStep[],
  source: Lane['source'],
  timeline: readonly { id: string }[],
): LaneCell[] {
  const beats = new Map(role.beats.map((b) => [b.id, b]));
  // A beat without a `moment` stays at the moment of the beat before it.
  let moment = timeline[0]?.id;
  return steps.flatMap((step, index): LaneCell[] => {
    const beat = beats.get(step.beat);
    if (!beat) return [];
    moment = timeline.length > 0 ? (beat.moment ?? moment) : stepId(index);
    const choices = beat.decision?.choices ?? [];
    const taken = choices.find((c) => c.id === step.choice);
    const account = sourceAccount(beat.decision);
    const cell: LaneCell = {
      moment: moment ?? stepId(index),
      beat: beat.id,
      beatTitle: beat.title,
      knew: [...(beat.knows ?? [])],
      didNotKnow: [...(beat.doesNotKnow ?? [])],
    };
    if (taken) cell.chose = taken.label;
    const history = taken ? historyOf(taken) : undefined;
    if (source === 'main-line' && history) cell.choseHistory = history;
    // A played lane is compared with the source only where the source says what was done.
    if (source === 'room' && taken && account.kind === 'historical' && account.choice !== taken.id)
      cell.historically = account.label;
    return [cell];
  });
}

const laneHeading = (lane: Lane): string =>
  `${markdownInline(lane.roleName)}${lane.source === 'main-line' ? ` (${t('history.laneUnplayed')})` : ''}`;

/** A choice label in quotation marks, unless it is already a quotation ("We have a problem."). */
const quoted = (label: string): string =>
  /^["“'‘„‚«»]/.test(label) ? markdownInline(label) : quote(markdownInline(label));

const choiceText = (cell: LaneCell, source: Lane['source']): string => {
  if (cell.chose === undefined) return '';
  if (source === 'main-line')
    return `: ${quoted(cell.chose)} (${LANE_WORDS.mainLineChoiceInSentence(cell.choseHistory)})`;
  return (
    `: ${t('report.chose', { choice: quoted(cell.chose) })}` +
    (cell.historically === undefined
      ? ''
      : ` (${t('history.laneDoneInSentence')}: ${quoted(cell.historically)})`)
  );
};

/**
 * The picture as a Markdown section: an overview table (a row per moment, a column per lane)
 * followed, moment by moment, by what each role knew and did not know.
 */
export function whoKnewWhatMarkdown(model: WhoKnewWhat): string {
  const out = [`## ${t('report.whoKnewWhat')}`, ''];
  if (model.lanes.length === 0 || model.moments.length === 0)
    return [...out, t('report.nothingPlayed'), ''].join('\n');
  out.push(
    `| ${t('report.when')} | ${model.lanes.map(laneHeading).join(' | ')} |`,
    `| --- | ${model.lanes.map(() => '---').join(' | ')} |`,
  );
  for (const m of model.moments) {
    const row = model.lanes.map((lane) =>
      lane.cells
        .filter((c) => c.moment === m.id)
        .map((c) => `**${markdownInline(c.beatTitle)}**${choiceText(c, lane.source)}`)
        .join('; '),
    );
    // An empty cell gets a dash, so the Markdown source reads as a table too.
    out.push(`| ${markdownInline(m.label)} | ${row.map((c) => c || '—').join(' | ')} |`);
  }
  for (const m of model.moments) {
    const entries = model.lanes.flatMap((lane) =>
      lane.cells
        .filter((c) => c.moment === m.id && c.knew.length + c.didNotKnow.length > 0)
        .map((c) => {
          const lines = [`- **${laneHeading(lane)}**: ${markdownInline(c.beatTitle)}`];
          for (const k of c.knew)
            lines.push(`  - ${t('report.knew', { item: markdownInline(k) })}`);
          for (const k of c.didNotKnow)
            lines.push(`  - ${t('report.didNotKnow', { item: markdownInline(k) })}`);
          return lines.join('\n');
        }),
    );
    if (entries.length > 0) out.push('', `### ${markdownInline(m.label)}`, '', ...entries);
  }
  return [...out, ''].join('\n');
}
