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
  notApplicable?: Partial<Record<'game' | 'reference', string>>;
}

/** The bench's rows, in the order issue 2 lists them, then the two issue 7 adds. */
export const benchMetrics: Metric[] = [
  {
    label: 'JS before first control (KB gzip)',
    decimals: 1,
    read: (f) => f.jsFirstScreenKb,
    goal: 60,
    notApplicable: { reference: '—' },
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
    notApplicable: { reference: '—' },
  },
  { label: 'navigation → first Phaser frame (ms)', decimals: 0, read: (f) => f.firstFrameMs },
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
    notApplicable: { reference: '—' },
  },
  { label: 'JS heap after forced GC (MB)', decimals: 2, read: (f) => f.heapMb },
  {
    label: 'choice → outcome visible, p95 (ms)',
    decimals: 0,
    read: (f) => f.choiceToOutcomeP95Ms,
    goal: 50,
    notApplicable: { reference: '—' },
  },
  {
    label: 'heap growth over 50 playthroughs (MB)',
    decimals: 2,
    read: (f) => f.heapGrowthOverPlaythroughsMb,
    goal: 2,
    notApplicable: { reference: '—' },
  },
];

/** The runs of each target; undefined for a target that was not measured at all. */
export interface BenchResults {
  game?: RunFigures[];
  reference?: RunFigures[];
}

/** Median of a metric over runs, skipping runs that had no figure for it. */
function medianOf(metric: Metric, runs: RunFigures[] | undefined): number | null {
  if (!runs) return null;
  return median(runs.map(metric.read).filter((value): value is number => value !== null));
}

/** A target's cell: the median, or why there is none. */
function cell(
  metric: Metric,
  target: 'game' | 'reference',
  runs: RunFigures[] | undefined,
): string {
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

/** The markdown table of medians: metric | game | reference | game/reference | goal. */
export function formatBenchTable(results: BenchResults): string {
  const header = ['metric', 'game', 'reference', 'game/reference', 'goal'];
  const rows = benchMetrics.map((metric) => {
    const game = medianOf(metric, results.game);
    const reference = medianOf(metric, results.reference);
    const ratio =
      game !== null && reference !== null && reference > 0
        ? `${(game / reference).toFixed(2)}×`
        : '—';
    const goal =
      metric.goal === undefined
        ? ''
        : `≤ ${metric.goal}` + (game === null ? '' : game <= metric.goal ? ' ok' : ' over');
    return [
      metric.label,
      cell(metric, 'game', results.game),
      cell(metric, 'reference', results.reference),
      ratio,
      goal,
    ];
  });
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]!.length)),
  );
  const line = (row: string[]): string =>
    `| ${row.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
