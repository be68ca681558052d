import { seededRandom } from '../seeded-random';
import { glow, polygon, wallAndFloor, type ArtCanvas } from './art-canvas';
import { palette } from './palette';

/**
 * The analysts' alert console: a wall panel where one detection has turned red, side screens in
 * the team's accent, a console desk and two analysts looking up at it.
 */
export function drawAlertConsole(canvas: ArtCanvas): void {
  const { g, accent } = canvas;
  wallAndFloor(canvas, 0x0a1522, 0x121f30, 0x070f18);
  glow(g, -250, -640, 500, 270, palette.alert, 1.1);
  drawAlertPanel(canvas, -250, -640, 500, 270);
  drawSideScreen(canvas, -490, -600, 190, 190, 5);
  drawSideScreen(canvas, 300, -600, 190, 190, 9);

  // The console: a sloped front with rows of lights, a work surface, keyboards.
  g.fillStyle(palette.steel, 1);
  polygon(g, -480, -210, 480, -210, 440, 0, -440, 0);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(-490, -226, 980, 18);
  g.fillStyle(0x0b1826, 1);
  g.fillRect(-400, -170, 800, 50);
  const random = seededRandom(19);
  for (let light = 0; light < 32; light += 1) {
    const red = light === 13 || light === 14;
    g.fillStyle(red ? palette.alert : random() < 0.3 ? palette.amber : accent, red ? 1 : 0.7);
    g.fillRect(-384 + light * 24, -156, 12, 8);
    g.fillRect(-384 + light * 24, -138, 12, 4);
  }
  canvas.alarm(-384 + 13 * 24 - 4, -160, 52, 26);
  g.fillStyle(0x1c3247, 1);
  g.fillRoundedRect(-300, -240, 200, 14, 3);
  g.fillRoundedRect(100, -240, 200, 14, 3);

  // Two analysts from behind: heads and shoulders against the console.
  for (const x of [-190, 200]) {
    g.fillStyle(0x050b12, 1);
    g.fillRoundedRect(x - 85, -250, 170, 250, { tl: 60, tr: 60, bl: 0, br: 0 });
    g.fillCircle(x, -300, 48);
    g.fillStyle(accent, 0.25);
    g.fillRect(x - 46, -314, 92, 3);
  }
}

function drawAlertPanel(
  canvas: ArtCanvas,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const { g } = canvas;
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(x - 12, y - 12, width + 24, height + 24, 8);
  g.fillStyle(0x1c0d12, 1);
  g.fillRect(x, y, width, height);
  canvas.screen(x, y, width, height);
  g.fillStyle(palette.alert, 1);
  g.fillRect(x, y, width, 34);
  g.fillStyle(0x1c0d12, 0.8);
  g.fillRect(x + 16, y + 13, 150, 8);
  canvas.alarm(x, y, width, 34);
  // A warning sign: a triangle with an exclamation mark.
  const cx = x + 80;
  const cy = y + 130;
  g.fillStyle(palette.alert, 1);
  g.fillTriangle(cx, cy - 56, cx - 62, cy + 50, cx + 62, cy + 50);
  g.fillStyle(0x1c0d12, 1);
  g.fillRect(cx - 6, cy - 22, 12, 44);
  g.fillCircle(cx, cy + 34, 7);
  canvas.alarm(cx - 66, cy - 60, 132, 114);
  // The detection log: one row stands out.
  for (let row = 0; row < 8; row += 1) {
    const hot = row === 2;
    const top = y + 54 + row * 25;
    if (hot) {
      g.fillStyle(palette.alert, 0.28);
      g.fillRect(x + 160, top - 5, width - 176, 20);
    }
    g.fillStyle(hot ? palette.alert : palette.amber, hot ? 1 : 0.55);
    g.fillRect(x + 172, top, 10, 10);
    g.fillStyle(palette.ink, hot ? 0.9 : 0.4);
    g.fillRect(x + 194, top + 2, 90 + ((row * 53) % 110), 6);
    g.fillRect(x + width - 70, top + 2, 44, 6);
  }
}

function drawSideScreen(
  canvas: ArtCanvas,
  x: number,
  y: number,
  width: number,
  height: number,
  seed: number,
): void {
  const { g, accent } = canvas;
  const random = seededRandom(seed);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(x - 8, y - 8, width + 16, height + 16, 6);
  g.fillStyle(0x071624, 1);
  g.fillRect(x, y, width, height);
  canvas.screen(x, y, width, height);
  g.lineStyle(2, accent, 0.8);
  g.beginPath();
  g.moveTo(x + 10, y + height * 0.6);
  for (let step = 1; step <= 12; step += 1) {
    g.lineTo(x + 10 + step * ((width - 20) / 12), y + height * (0.35 + random() * 0.4));
  }
  g.strokePath();
  g.fillStyle(accent, 0.5);
  for (let row = 0; row < 3; row += 1) g.fillRect(x + 12, y + 14 + row * 14, 40 + random() * 90, 6);
}
