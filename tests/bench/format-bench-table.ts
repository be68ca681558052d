import type { BenchTargetName } from './bench-target';
import type { LighthouseRow } from './lighthouse-rows';
import type { RunFigures } from './measure-run';
import { median } from './statistics';

/** One row of the table: how to read it from a run, how to print it, and its goal if any. */
interface Metric {
  label: string;
  decimals: number;
  read: (figures: RunFigures) => number | null;
  /** The most the game may reach (issues 5 and 7); absent where no issue sets one. */
  goal?: number;
  /** Why a target has no figure when it has none by design (e.g. the reference has no controls). */
  notApplicable?: Partial<Record<BenchTargetName, string>>;
}

/** The bench's rows, in the order issue 2 lists them, then the two issue 7 adds. */
export const benchMetrics: Metric[] = [
  {
    label: 'JS before first control (KB gzip)',
    decimals: 1,
    read: (f) => f.jsFirstScreenKb,
    goal: 60,
    notApplicable: { reference: '—', static: '—' },
  },
  {
    label: 'JS total, every script a session loads (KB gzip)',
    decimals: 1,
    read: (f) => f.jsTotalKb,
    goal: 450,
  },
  {
    label: 'navigation → first usable control (ms)',
    decimals: 0,
    read: (f) => f.firstControlMs,
    goal: 300,
    notApplicable: { reference: '—', static: '—' },
  },
  {
    label: 'navigation → first Phaser frame (ms)',
    decimals: 0,
    read: (f) => f.firstFrameMs,
    notApplicable: { static: '—' },
  },
  {
    label: 'longest task after first control, until the stage rests (ms)',
    decimals: 0,
    read: (f) => f.longestTaskAfterControlMs,
    goal: 50,
    notApplicable: { reference: '—', static: '—' },
  },
  {
    label: 'idle CPU at rest, whole browser (% of one core)',
    decimals: 1,
    read: (f) => f.idleCpuPercent,
    goal: 2,
  },
  {
    label: 'idle CPU, first window, ambient bed playing (%)',
    decimals: 1,
    read: (f) => f.idleCpuWhileSoundingPercent,
    notApplicable: { reference: '—', static: '—' },
  },
  { label: 'JS heap after forced GC (MB)', decimals: 2, read: (f) => f.heapMb },
  {
    label: 'choice → outcome visible, p95 (ms)',
    decimals: 0,
    read: (f) => f.choiceToOutcomeP95Ms,
    goal: 50,
    notApplicable: { reference: '—', static: '—' },
  },
  {
    label: 'heap growth over 50 playthroughs (MB)',
    decimals: 2,
    read: (f) => f.heapGrowthOverPlaythroughsMb,
    goal: 2,
    notApplicable: { reference: '—', static: '—' },
  },
];

/** The runs of each target; undefined for a target that was not measured at all. */
export type BenchResults = Partial<Record<BenchTargetName, RunFigures[]>>;

/** Median of a metric over runs, skipping runs that had no figure for it. */
function medianOf(metric: Metric, runs: RunFigures[] | undefined): number | null {
  if (!runs) return null;
  return median(runs.map(metric.read).filter((value): value is number => value !== null));
}

/** A target's cell: the median, or why there is none. */
function cell(metric: Metric, target: BenchTargetName, runs: RunFigures[] | undefined): string {
  if (!runs) return 'not run';
  const value = medianOf(metric, runs);
  if (value !== null) {
    const missing = runs.length - runs.filter((run) => metric.read(run) !== null).length;
    return (
      value.toFixed(metric.decimals) +
      (missing > 0 ? ` (${runs.length - missing}/${runs.length} runs)` : '')
    );
  }
  return metric.notApplicable?.[target] ?? 'not measured yet';
}

/**
 * Issue 13: the game at rest against the static page, in points of one core. Each run measures
 * both in fresh launches one after the other, so the difference is taken run by run.
 */
function atRestOverStaticPage(results: BenchResults): string[] {
  const game = results.game ?? [];
  const page = results.static ?? [];
  const differences = game
    .slice(0, page.length)
    .map((run, index) => run.idleCpuPercent - page[index]!.idleCpuPercent);
  const value = median(differences);
  const shown = value === null ? 'not run' : `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
  const goal = value === null ? '≤ +0.5' : `≤ +0.5 ${value <= 0.5 ? 'ok' : 'over'}`;
  return ['idle CPU at rest minus the static page (points)', shown, '—', '—', '—', goal];
}

/** Goal cell: the bound, and whether the game's figure is within it. */
function goalCell(goal: number | undefined, game: number | null): string {
  if (goal === undefined) return '';
  return `≤ ${goal}` + (game === null ? '' : game <= goal ? ' ok' : ' over');
}

/** The markdown table: metric | game | reference | static page | game/reference | goal. */
export function formatBenchTable(results: BenchResults, lighthouse: LighthouseRow[] = []): string {
  const header = ['metric', 'game', 'reference', 'static page', 'game/reference', 'goal'];
  const rows = benchMetrics.map((metric) => {
    const game = medianOf(metric, results.game);
    const reference = medianOf(metric, results.reference);
    const ratio =
      game !== null && reference !== null && reference > 0
        ? `${(game / reference).toFixed(2)}×`
        : '—';
    return [
      metric.label,
      cell(metric, 'game', results.game),
      cell(metric, 'reference', results.reference),
      cell(metric, 'static', results.static),
      ratio,
      goalCell(metric.goal, game),
    ];
  });
  rows.splice(
    rows.findIndex((row) => row[0]!.startsWith('idle CPU at rest')) + 1,
    0,
    atRestOverStaticPage(results),
  );
  for (const row of lighthouse) rows.push([row.label, row.game, row.reference, '—', '—', row.goal]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]!.length)),
  );
  const line = (row: string[]): string =>
    `| ${row.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
