/**
 * Draws the PNG icons from scripts/icons/icon.svg, with the Chromium the tests use: favicon.png
 * (64 px) for the pages, icon-192.png and icon-512.png for the manifest (the sizes an installed
 * app needs). Pages and manifest name PNGs because Chromium builds an SVG icon as a document of its
 * own on the page's main thread (40-65 ms on the 2-core bench machine, after the title is usable)
 * and only decodes a PNG. Run: npm run favicon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium, installHint } from '../find-chromium.mjs';

const icons = [
  { file: 'public/favicon.png', size: 64 },
  { file: 'public/icon-192.png', size: 192 },
  { file: 'public/icon-512.png', size: 512 },
];
const svg = readFileSync('scripts/icons/icon.svg', 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error(installHint);
const browser = await chromium.launch({ executablePath, args: [...chromiumFlags] });
try {
  for (const { file, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    writeFileSync(file, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`${file}: ${size}x${size}`);
  }
} finally {
  await browser.close();
}
