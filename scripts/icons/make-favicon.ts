/**
 * Draws public/favicon.png from public/favicon.svg, with the Chromium the tests use. The page
 * names the PNG as its icon: Chromium builds an SVG icon as a document of its own on the page's
 * main thread (40-65 ms on the 2-core bench machine, after the title is usable), a PNG it only
 * decodes. The manifest keeps the SVG, which installs at any size. Run: npm run favicon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium, installHint } from '../find-chromium.mjs';

const SIZE = 64;
const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error(installHint);
const browser = await chromium.launch({ executablePath, args: [...chromiumFlags] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
  );
  writeFileSync('public/favicon.png', await page.screenshot({ omitBackground: true }));
  console.log(`public/favicon.png: ${SIZE}x${SIZE}`);
} finally {
  await browser.close();
}
