// axe-core, run in the page: the one accessibility scan the browser tests share.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect } from './guarded-test';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const { violations, rulesPassed } = await page.evaluate(async () => {
    type AxeResult = { violations: AxeViolation[]; passes: unknown[] };
    const axe = (
      window as unknown as {
        axe: { run: (context: Element, options: object) => Promise<AxeResult> };
      }
    ).axe;
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return { violations: result.violations, rulesPassed: result.passes.length };
  });
  // A scan that checked nothing would pass silently: make sure rules really ran.
  expect(rulesPassed).toBeGreaterThan(10);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}
