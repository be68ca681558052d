import { seededRandom } from '../seeded-random';
import { glow, polygon, monitor, wallAndFloor, type ArtCanvas } from './art-canvas';
import { palette } from './palette';

/**
 * The investigator's government field office: a case board of photographs, cards and a map tied
 * together with red string, venetian blinds, a steel desk with case folders, a filing cabinet.
 */
export function drawFieldOffice(canvas: ArtCanvas): void {
  const { g, accent, bounds } = canvas;
  wallAndFloor(canvas, 0x122539, 0x1a3149, 0x0a141f);
  // Institutional wainscot along the lower wall.
  g.fillStyle(0x0d1b2b, 1);
  g.fillRect(bounds.left, -260, bounds.right - bounds.left, 260);
  g.fillStyle(palette.steel, 1);
  g.fillRect(bounds.left, -264, bounds.right - bounds.left, 6);

  drawBlinds(canvas, -490, -640, 170, 300);
  drawCaseBoard(canvas, -270, -680, 560, 310);
  drawClock(canvas, 400, -580);

  // Steel desk, case folders, a lamp in the accent colour.
  glow(g, 30, -360, 150, 90, accent, 0.7);
  const screen = monitor(canvas, 30, -236, 150, 90, 0x0a1a2a);
  g.fillStyle(accent, 0.7);
  for (let line = 0; line < 4; line += 1)
    g.fillRect(screen.x + 12, screen.y + 14 + line * 17, 100 - (line % 3) * 24, 6);
  g.fillStyle(palette.steel, 1);
  g.fillRect(-360, -236, 660, 20);
  g.fillRect(-345, -216, 150, 216);
  g.fillRect(240, -216, 18, 216);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(-360, -240, 660, 5);
  g.fillRect(-330, -190, 120, 4);
  g.fillRect(-330, -120, 120, 4);
  g.fillRect(-330, -50, 120, 4);
  const folders = [0xb59d6e, 0xa08a5e, 0xc2ab7c, 0x9b8457];
  folders.forEach((colour, index) => {
    g.fillStyle(colour, 1);
    g.fillRect(-300 + index * 4, -252 - index * 10, 180, 10);
  });
  g.fillStyle(palette.alert, 0.9);
  g.fillRect(-140, -282, 24, 10);
  // Banker's lamp.
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(230, -320, 6, 80);
  g.fillEllipse(233, -240, 50, 10);
  g.fillStyle(accent, 0.95);
  g.fillRoundedRect(196, -334, 80, 22, 10);
  g.fillStyle(accent, 0.1);
  g.fillTriangle(200, -312, 272, -312, 300, -240);
  g.fillTriangle(200, -312, 172, -240, 300, -240);
  // Filing cabinet.
  g.fillStyle(0x22384e, 1);
  g.fillRect(330, -330, 140, 330);
  g.fillStyle(palette.shadow, 0.5);
  for (let drawer = 0; drawer < 4; drawer += 1) {
    g.fillRect(338, -322 + drawer * 82, 124, 3);
    g.fillStyle(palette.steelHigh, 1);
    g.fillRect(380, -290 + drawer * 82, 40, 6);
    g.fillStyle(palette.shadow, 0.5);
  }
}

function drawBlinds(canvas: ArtCanvas, x: number, y: number, width: number, height: number): void {
  const { g } = canvas;
  // Street light through the slats, thrown across the wall.
  g.fillStyle(palette.ink, 0.03);
  for (let slat = 0; slat < 6; slat += 1) {
    const top = y + 30 + slat * 48;
    polygon(
      g,
      x + width,
      top,
      x + width,
      top + 22,
      x + width + 320,
      top + 130,
      x + width + 320,
      top + 92,
    );
  }
  g.fillStyle(palette.steel, 1);
  g.fillRect(x - 10, y - 10, width + 20, height + 20);
  g.fillStyle(0x2a4a63, 1);
  g.fillRect(x, y, width, height);
  for (let slat = 0; slat < height; slat += 16) {
    g.fillStyle(0x9fb6c8, 0.55);
    g.fillRect(x, y + slat, width, 10);
    g.fillStyle(0x0b1826, 0.6);
    g.fillRect(x, y + slat + 10, width, 2);
  }
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(x + width / 2 - 1, y, 2, height);
}

function drawCaseBoard(
  canvas: ArtCanvas,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const { g, accent } = canvas;
  const random = seededRandom(41);
  g.fillStyle(palette.woodHigh, 1);
  g.fillRect(x - 14, y - 14, width + 28, height + 28);
  g.fillStyle(palette.cork, 1);
  g.fillRect(x, y, width, height);
  g.fillStyle(0x4a3826, 1);
  for (let speck = 0; speck < 160; speck += 1)
    g.fillCircle(x + random() * width, y + random() * height, 1.5);

  // Items on the board: photographs, cards, a map, a document with its stripe.
  const photo = (px: number, py: number) => {
    g.fillStyle(palette.paper, 1);
    g.fillRect(px, py, 80, 96);
    g.fillStyle(0x22364a, 1);
    g.fillRect(px + 8, py + 8, 64, 64);
    g.fillStyle(0x0c1826, 1);
    g.fillCircle(px + 40, py + 34, 14);
    g.fillRoundedRect(px + 18, py + 50, 44, 22, { tl: 14, tr: 14, bl: 0, br: 0 });
  };
  const card = (px: number, py: number, lines: number) => {
    g.fillStyle(0xe6e0cf, 1);
    g.fillRect(px, py, 100, 64);
    g.fillStyle(0x6b7480, 1);
    for (let line = 0; line < lines; line += 1)
      g.fillRect(px + 10, py + 12 + line * 12, 70 - line * 10, 4);
  };
  photo(x + 30, y + 30);
  photo(x + 420, y + 40);
  card(x + 170, y + 40, 3);
  card(x + 300, y + 200, 4);
  card(x + 40, y + 200, 2);
  // A map fragment.
  g.fillStyle(0x2f5b6f, 1);
  g.fillRect(x + 180, y + 150, 130, 100);
  g.lineStyle(2, 0x9fc9d6, 0.6);
  g.lineBetween(x + 180, y + 190, x + 310, y + 170);
  g.lineBetween(x + 230, y + 150, x + 250, y + 250);
  g.fillStyle(palette.paper, 1);
  g.fillRect(x + 440, y + 190, 90, 114);
  g.fillStyle(palette.alert, 0.9);
  g.fillRect(x + 440, y + 190, 90, 12);
  g.fillStyle(0x6b7480, 1);
  for (let line = 0; line < 6; line += 1)
    g.fillRect(x + 450, y + 214 + line * 13, 64 - (line % 2) * 18, 4);

  // Pins and the red string between them.
  const pins = [
    [x + 70, y + 36],
    [x + 220, y + 46],
    [x + 460, y + 46],
    [x + 245, y + 160],
    [x + 350, y + 206],
    [x + 90, y + 206],
    [x + 485, y + 196],
  ] as const;
  const links = [
    [0, 1],
    [1, 2],
    [1, 3],
    [3, 4],
    [4, 6],
    [3, 5],
    [2, 6],
  ] as const;
  g.lineStyle(2.5, palette.alert, 0.85);
  for (const [from, to] of links) {
    const a = pins[from];
    const b = pins[to];
    g.lineBetween(a[0], a[1], b[0], b[1]);
  }
  pins.forEach(([px, py], index) => {
    g.fillStyle(index % 3 === 0 ? accent : palette.alert, 1);
    g.fillCircle(px, py, 6);
    g.fillStyle(palette.ink, 0.7);
    g.fillCircle(px - 2, py - 2, 2);
  });
  canvas.alarm(x + 440, y + 190, 90, 12);
}

function drawClock(canvas: ArtCanvas, x: number, y: number): void {
  const { g } = canvas;
  g.fillStyle(palette.steelHigh, 1);
  g.fillCircle(x, y, 46);
  g.fillStyle(palette.paper, 1);
  g.fillCircle(x, y, 40);
  g.fillStyle(0x33404d, 1);
  for (let hour = 0; hour < 12; hour += 1) {
    const angle = (hour / 12) * Math.PI * 2;
    g.fillCircle(x + Math.sin(angle) * 32, y - Math.cos(angle) * 32, 2);
  }
  // Twenty to eleven: late, and nobody has gone home.
  g.lineStyle(4, 0x1b2430, 1);
  g.lineBetween(x, y, x - 16, y - 10);
  g.lineStyle(3, 0x1b2430, 1);
  g.lineBetween(x, y, x - 26, y + 15);
  g.fillStyle(palette.alert, 1);
  g.fillCircle(x, y, 3);
}
