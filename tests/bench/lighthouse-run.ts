import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { benchChromiumFlags } from './launch-fresh-chromium';

/** Lighthouse's two profiles: mobile (4x CPU slowdown, slow 4G) and desktop (no slowdown). */
export type LighthouseProfile = 'mobile' | 'desktop';

/** The figures issue 13 asks of one Lighthouse run; null where Lighthouse gave none. */
export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  totalBlockingTimeMs: number | null;
  /** Lighthouse's own reading, for a reader who wants to see where the work went. */
  mainThreadWorkMs: number | null;
  /** Errors Lighthouse reported (a page that did not load, a trace that went missing). */
  warnings: string[];
}

/** A 0-1 category score as the 0-100 Lighthouse prints. */
function score(value: number | null | undefined): number | null {
  return typeof value === 'number' ? Math.round(value * 100) : null;
}

/**
 * Runs Lighthouse 12 (programmatic API) once against `url`, in a fresh Chromium started by
 * chrome-launcher with the bench's own flags (headless, no sandbox, software WebGL) on a new
 * profile, so that it measures a first visit as the rest of the bench does.
 */
export async function runLighthouse(
  chromePath: string,
  url: string,
  profile: LighthouseProfile,
): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: benchChromiumFlags,
    logLevel: 'silent',
  });
  try {
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    };
    const result = await lighthouse(url, flags, profile === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError, runWarnings } = result.lhr;
    const warnings = [...runWarnings];
    if (runtimeError) warnings.push(`${runtimeError.code}: ${runtimeError.message}`);
    return {
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories['best-practices']?.score),
      totalBlockingTimeMs: audits['total-blocking-time']?.numericValue ?? null,
      mainThreadWorkMs: audits['mainthread-work-breakdown']?.numericValue ?? null,
      warnings,
    };
  } finally {
    chrome.kill();
  }
}
