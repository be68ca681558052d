import { seededRandom } from '../seeded-random';
import { glow, polygon, monitor, wallAndFloor, type ArtCanvas } from './art-canvas';
import { palette } from './palette';

/**
 * The CEO's corner office: floor-to-ceiling glass on a city at night, a wide desk with one
 * accent edge, a high-backed chair, a desk phone whose line light matters, a plant.
 */
export function drawCeoOffice(canvas: ArtCanvas): void {
  const { g, accent } = canvas;
  wallAndFloor(canvas, 0x0a1526, 0x0f1e33, 0x080f1a);
  drawSkyline(canvas, -150);

  // The desk's reflection on the polished floor, the chair, then the desk in front of it.
  g.fillStyle(accent, 0.06);
  g.fillRect(-330, 6, 660, 30);
  g.fillStyle(0x2b3048, 1);
  g.fillRoundedRect(-92, -486, 184, 266, 34);
  g.fillStyle(0x141827, 1);
  g.fillRoundedRect(-84, -478, 168, 250, 30);
  g.fillStyle(0x1d2235, 1);
  g.fillRoundedRect(-62, -456, 124, 60, 20);
  g.fillRoundedRect(-62, -386, 124, 140, 20);
  glow(g, 60, -420, 190, 120, accent, 0.9);
  const screen = monitor(canvas, 60, -246, 190, 120, 0x130f2a);
  g.fillStyle(accent, 0.7);
  g.fillRect(screen.x, screen.y, screen.width, 10);
  g.fillStyle(palette.ink, 0.6);
  for (let line = 0; line < 5; line += 1)
    g.fillRect(screen.x + 14, screen.y + 24 + line * 16, 120 - (line % 2) * 40, 6);

  g.fillStyle(0x1a1826, 1);
  g.fillRect(-340, -246, 680, 26);
  g.fillStyle(accent, 0.9);
  g.fillRect(-340, -220, 680, 3);
  g.fillStyle(0x1b1a2a, 1);
  g.fillRect(-310, -217, 620, 200);
  g.lineStyle(2, 0x2c2a42, 1);
  g.strokeRect(-290, -200, 270, 164);
  g.strokeRect(20, -200, 270, 164);
  g.fillStyle(palette.shadow, 0.4);
  g.fillRect(-310, -20, 620, 20);

  // Desk phone with its line light, a folder, a pen.
  g.fillStyle(0x2a2f40, 1);
  g.fillRoundedRect(-250, -276, 110, 30, 6);
  g.fillRoundedRect(-254, -292, 44, 18, 6);
  g.fillStyle(palette.alert, 0.9);
  g.fillCircle(-160, -262, 5);
  canvas.alarm(-170, -272, 20, 20);
  g.fillStyle(palette.paper, 0.9);
  g.fillRect(-110, -254, 110, 8);
  g.fillStyle(palette.alert, 0.8);
  g.fillRect(-110, -254, 22, 8);
  g.fillStyle(accent, 1);
  g.fillRect(-80, -262, 60, 3);

  drawPlant(canvas, 420);
  // A low cabinet with an award on it, on the left.
  g.fillStyle(0x12111c, 1);
  g.fillRect(-490, -160, 130, 160);
  g.fillStyle(accent, 0.6);
  g.fillRect(-490, -160, 130, 3);
  g.fillStyle(palette.amber, 0.85);
  g.fillRect(-440, -180, 30, 14);
  g.fillRect(-429, -206, 8, 26);
  g.fillEllipse(-425, -222, 44, 36);
  g.fillStyle(0x12111c, 0.35);
  g.fillEllipse(-418, -226, 14, 22);
}

function drawSkyline(canvas: ArtCanvas, sill: number): void {
  const { g, accent, bounds } = canvas;
  const random = seededRandom(23);
  const top = bounds.top;
  g.fillGradientStyle(0x050b17, 0x050b17, 0x1b2c4c, 0x1b2c4c, 1);
  g.fillRect(bounds.left, top, bounds.right - bounds.left, sill - top);
  // A full moon over the river side of town.
  g.fillStyle(0xf1ead2, 0.12);
  g.fillCircle(290, -600, 46);
  g.fillStyle(0xf1ead2, 0.9);
  g.fillCircle(290, -600, 30);
  // Two layers of towers: far ones flat and dim, near ones with lit windows.
  let x = bounds.left;
  while (x < bounds.right) {
    const width = 40 + random() * 50;
    g.fillStyle(0x0c1830, 1);
    const tall = 120 + random() * 200;
    g.fillRect(x, sill - tall, width, tall);
    x += width + 4;
  }
  x = bounds.left - 20;
  while (x < bounds.right) {
    const width = 60 + random() * 70;
    const tall = 120 + random() * 260;
    g.fillStyle(0x08101f, 1);
    g.fillRect(x, sill - tall, width, tall);
    if (random() < 0.2) {
      g.fillTriangle(
        x + width / 2 - 6,
        sill - tall,
        x + width / 2 + 6,
        sill - tall,
        x + width / 2,
        sill - tall - 60,
      );
      g.fillStyle(palette.alert, 0.9);
      g.fillCircle(x + width / 2, sill - tall - 60, 3);
    }
    for (let wy = sill - tall + 14; wy < sill - 10; wy += 18) {
      for (let wx = x + 8; wx < x + width - 10; wx += 14) {
        const lit = random();
        if (lit < 0.22) {
          g.fillStyle(lit < 0.05 ? accent : 0xf4d9a0, 0.35 + random() * 0.4);
          g.fillRect(wx, wy, 6, 8);
        }
      }
    }
    x += width + 8;
  }
  // Glass: mullions, a sill, faint reflections.
  g.fillStyle(palette.steel, 1);
  for (let bar = Math.ceil(bounds.left / 240) * 240; bar < bounds.right; bar += 240)
    g.fillRect(bar - 5, top, 10, sill - top);
  g.fillRect(bounds.left, sill, bounds.right - bounds.left, 12);
  g.fillStyle(palette.ink, 0.035);
  for (let streak = Math.ceil(bounds.left / 240) * 240; streak < bounds.right; streak += 240) {
    polygon(g, streak + 40, top, streak + 110, top, streak + 10, sill, streak - 60, sill);
  }
}

function drawPlant(canvas: ArtCanvas, x: number): void {
  const { g } = canvas;
  g.fillStyle(0x2c5a4e, 1);
  const leaves = [
    [-40, -250, 30, 90, -0.5],
    [30, -260, 30, 100, 0.5],
    [0, -290, 28, 110, 0],
    [-20, -220, 26, 80, -0.9],
    [24, -215, 26, 80, 0.9],
  ] as const;
  for (const [dx, dy, w, h] of leaves) g.fillEllipse(x + dx, dy, w, h);
  g.fillStyle(0x3c7565, 1);
  g.fillEllipse(x, -290, 10, 90);
  g.fillStyle(0x23263a, 1);
  polygon(g, x - 55, -180, x + 55, -180, x + 40, 0, x - 40, 0);
}
