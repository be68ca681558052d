import { seededRandom } from '../seeded-random';
import { glow, monitor, wallAndFloor, type ArtCanvas } from './art-canvas';
import { palette } from './palette';

/**
 * The vendor's research lab: a wall display mapping detections across the world, and a bench of
 * monitors with a hex dump, a detection chart and a code listing.
 */
export function drawLab(canvas: ArtCanvas): void {
  const { g, accent, bounds } = canvas;
  wallAndFloor(canvas, 0x0e1e30, 0x182e45, 0x09141f);
  // Acoustic slats and a ceiling light strip.
  g.fillStyle(palette.ink, 0.025);
  for (let x = Math.ceil(bounds.left / 36) * 36; x < bounds.right; x += 36)
    g.fillRect(x, bounds.top, 14, -bounds.top);
  g.fillStyle(accent, 0.08);
  g.fillTriangle(-300, -690, 300, -690, 0, -420);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(-320, -700, 640, 10);
  g.fillStyle(accent, 0.8);
  g.fillRect(-300, -690, 600, 3);

  drawThreatMap(canvas, -380, -650, 760, 200);

  // The bench.
  g.fillStyle(palette.steel, 1);
  g.fillRect(-490, -222, 980, 18);
  g.fillRect(-470, -204, 16, 204);
  g.fillRect(454, -204, 16, 204);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(-490, -226, 980, 5);
  drawHexDump(canvas, monitor(canvas, -440, -226, 250, 150, 0x081828));
  drawChart(canvas, monitor(canvas, -125, -226, 250, 150, 0x081828));
  drawListing(canvas, monitor(canvas, 190, -226, 250, 150, 0x081828));
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(-380, -238, 150, 10, 3);
  g.fillRoundedRect(-70, -238, 150, 10, 3);
  g.fillRoundedRect(250, -238, 150, 10, 3);

  // Two empty chairs: the analysts have stepped away, or are about to sit down.
  for (const x of [-250, 150]) {
    g.fillStyle(0x07111b, 1);
    g.fillRoundedRect(x - 60, -250, 120, 120, 20);
    g.fillRect(x - 70, -130, 140, 18);
    g.fillRect(x - 6, -112, 12, 80);
    g.fillRect(x - 80, -32, 160, 8);
  }
}

function drawThreatMap(
  canvas: ArtCanvas,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const { g, accent } = canvas;
  const random = seededRandom(11);
  glow(g, x, y, width, height, accent, 0.8);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(x - 10, y - 10, width + 20, height + 20, 6);
  g.fillStyle(0x061422, 1);
  g.fillRect(x, y, width, height);
  canvas.screen(x, y, width, height);
  // Continents as a dot field: a few soft blobs sampled on a grid.
  const blobs = [
    [0.2, 0.35, 0.14, 0.22],
    [0.28, 0.72, 0.07, 0.2],
    [0.5, 0.3, 0.08, 0.16],
    [0.54, 0.62, 0.07, 0.2],
    [0.7, 0.32, 0.18, 0.2],
    [0.84, 0.75, 0.06, 0.1],
  ] as const;
  const step = 12;
  for (let px = step / 2; px < width; px += step) {
    for (let py = step / 2; py < height; py += step) {
      const inside = blobs.some(
        ([cx, cy, rx, ry]) => ((px / width - cx) / rx) ** 2 + ((py / height - cy) / ry) ** 2 < 1,
      );
      if (!inside) continue;
      g.fillStyle(accent, 0.25 + random() * 0.2);
      g.fillCircle(x + px, y + py, 2.2);
    }
  }
  // Detections flowing in to the lab's servers.
  const home = { x: x + width * 0.66, y: y + height * 0.28 };
  const sources = [
    [0.16, 0.3],
    [0.24, 0.42],
    [0.3, 0.7],
    [0.53, 0.6],
    [0.8, 0.36],
    [0.85, 0.76],
  ] as const;
  g.lineStyle(2, accent, 0.55);
  for (const [sx, sy] of sources) {
    const from = { x: x + width * sx, y: y + height * sy };
    g.beginPath();
    g.moveTo(from.x, from.y);
    const mid = { x: (from.x + home.x) / 2, y: Math.min(from.y, home.y) - 40 };
    for (let t = 0.1; t <= 1.001; t += 0.1) {
      const a = (1 - t) ** 2;
      const b = 2 * (1 - t) * t;
      const c = t * t;
      g.lineTo(a * from.x + b * mid.x + c * home.x, a * from.y + b * mid.y + c * home.y);
    }
    g.strokePath();
    g.fillStyle(palette.ink, 0.9);
    g.fillCircle(from.x, from.y, 4);
  }
  // One of them is in the United States, and it is not like the others.
  g.fillStyle(palette.alert, 1);
  g.fillCircle(x + width * 0.24, y + height * 0.42, 6);
  canvas.alarm(x + width * 0.24 - 14, y + height * 0.42 - 14, 28, 28);
  g.fillStyle(accent, 1);
  g.fillCircle(home.x, home.y, 7);
  g.lineStyle(2, accent, 0.6);
  g.strokeCircle(home.x, home.y, 14);
}

type Screen = { x: number; y: number; width: number; height: number };

function drawHexDump(canvas: ArtCanvas, screen: Screen): void {
  const { g, accent } = canvas;
  const random = seededRandom(3);
  for (let row = 0; row < 9; row += 1) {
    g.fillStyle(palette.ink, 0.35);
    g.fillRect(screen.x + 10, screen.y + 12 + row * 15, 26, 6);
    for (let column = 0; column < 8; column += 1) {
      g.fillStyle(accent, 0.35 + random() * 0.45);
      g.fillRect(screen.x + 46 + column * 24, screen.y + 12 + row * 15, 16, 6);
    }
  }
}

function drawChart(canvas: ArtCanvas, screen: Screen): void {
  const { g, accent } = canvas;
  const bars = [0.3, 0.35, 0.32, 0.5, 0.42, 0.46, 0.9, 0.55, 0.4];
  const base = screen.y + screen.height - 16;
  g.lineStyle(1, palette.ink, 0.3);
  g.lineBetween(screen.x + 12, base, screen.x + screen.width - 12, base);
  bars.forEach((value, index) => {
    g.fillStyle(index === 6 ? palette.amber : accent, 0.8);
    g.fillRect(screen.x + 20 + index * 24, base - value * 110, 14, value * 110);
  });
}

function drawListing(canvas: ArtCanvas, screen: Screen): void {
  const { g, accent } = canvas;
  for (let line = 0; line < 9; line += 1) {
    const indent = [0, 1, 1, 2, 2, 1, 2, 1, 0][line] ?? 0;
    g.fillStyle(line === 4 ? palette.alert : accent, line === 4 ? 0.25 : 0);
    g.fillRect(screen.x + 4, screen.y + 10 + line * 15, screen.width - 8, 12);
    g.fillStyle(line === 4 ? palette.alert : line % 3 === 0 ? palette.ink : accent, 0.7);
    g.fillRect(screen.x + 14 + indent * 16, screen.y + 13 + line * 15, 70 + ((line * 41) % 90), 6);
  }
  canvas.alarm(screen.x + 4, screen.y + 70, screen.width - 8, 12);
}
