import type { BenchTarget } from './bench-target';
import { runLighthouse, type LighthouseFigures, type LighthouseProfile } from './lighthouse-run';

/** Lighthouse's figures for one page on both profiles; a profile is absent if its run failed. */
export type LighthousePair = Partial<Record<LighthouseProfile, LighthouseFigures>>;

/** One row of Lighthouse figures in the bench's table. */
export interface LighthouseRow {
  label: string;
  game: string;
  reference: string;
  goal: string;
}

/**
 * Runs Lighthouse on both profiles against each page (one run each: Lighthouse already simulates
 * a slower machine, and four runs take a few minutes). A run that fails is reported, not fatal.
 */
export async function lighthouseBoth(
  chromePath: string,
  pages: { target: BenchTarget; url: string }[],
): Promise<Map<BenchTarget['name'], LighthousePair>> {
  const results = new Map<BenchTarget['name'], LighthousePair>();
  for (const { target, url } of pages) {
    const pair: LighthousePair = {};
    for (const profile of ['mobile', 'desktop'] as const) {
      try {
        const figures = await runLighthouse(chromePath, url, profile);
        pair[profile] = figures;
        const ms = (value: number | null) => (value === null ? '—' : `${value.toFixed(0)} ms`);
        console.log(
          `  ${target.name.padEnd(9)} Lighthouse ${profile.padEnd(7)}: performance ${figures.performance ?? '—'}, ` +
            `TBT ${ms(figures.totalBlockingTimeMs)}, main thread ${ms(figures.mainThreadWorkMs)}, ` +
            `accessibility ${figures.accessibility ?? '—'}, best practices ${figures.bestPractices ?? '—'}`,
        );
        for (const warning of figures.warnings) console.log(`    warning: ${warning}`);
      } catch (error) {
        console.log(
          `  ${target.name} Lighthouse ${profile} FAILED: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    results.set(target.name, pair);
  }
  return results;
}

/** "a / b" of two figures, or a dash for a missing one. */
function both(pair: LighthousePair | undefined, read: (f: LighthouseFigures) => number | null) {
  const show = (f: LighthouseFigures | undefined) => {
    const value = f ? read(f) : null;
    return value === null ? '—' : value.toFixed(0);
  };
  return `${show(pair?.mobile)} / ${show(pair?.desktop)}`;
}

/** Whether a figure meets a goal, for the goal column. */
function verdict(value: number | null | undefined, ok: (value: number) => boolean): string {
  if (value === null || value === undefined) return '';
  return ok(value) ? ' ok' : ' over';
}

/** The table's Lighthouse rows (issue 13's goals), from the game's and the reference's runs. */
export function lighthouseRows(results: Map<BenchTarget['name'], LighthousePair>): LighthouseRow[] {
  const game = results.get('game');
  const reference = results.get('reference');
  const perf = (f: LighthouseFigures) => f.performance;
  const tbt = (f: LighthouseFigures) => f.totalBlockingTimeMs;
  const mobileOk = verdict(game?.mobile?.performance, (value) => value >= 90);
  const desktopOk = verdict(game?.desktop?.performance, (value) => value >= 98);
  return [
    {
      label: 'Lighthouse performance, mobile / desktop',
      game: both(game, perf),
      reference: both(reference, perf),
      goal: `≥ 90${mobileOk} / ≥ 98${desktopOk}`,
    },
    {
      label: 'Lighthouse total blocking time, mobile / desktop (ms)',
      game: both(game, tbt),
      reference: both(reference, tbt),
      goal: `≤ 200${verdict(game?.mobile?.totalBlockingTimeMs, (value) => value <= 200)} / —`,
    },
    {
      label: 'Lighthouse main-thread work, mobile / desktop (ms)',
      game: both(game, (f) => f.mainThreadWorkMs),
      reference: both(reference, (f) => f.mainThreadWorkMs),
      goal: '',
    },
    {
      label: 'Lighthouse accessibility / best practices, mobile',
      game: `${game?.mobile?.accessibility ?? '—'} / ${game?.mobile?.bestPractices ?? '—'}`,
      reference: `${reference?.mobile?.accessibility ?? '—'} / ${reference?.mobile?.bestPractices ?? '—'}`,
      goal: 'stay 100 / 100',
    },
  ];
}
