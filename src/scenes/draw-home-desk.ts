import { seededRandom } from '../seeded-random';
import { glow, monitor, polygon, wallAndFloor, type ArtCanvas } from './art-canvas';
import { palette } from './palette';

/**
 * The contractor's home desk at night: a window on a sleeping street, a PC whose screen is the
 * only bright thing in the room, and a cardboard box of work papers that should not be there.
 */
export function drawHomeDesk(canvas: ArtCanvas): void {
  const { g, accent } = canvas;
  wallAndFloor(canvas, 0x0f1f31, 0x1a3148, 0x0a1520);
  drawWindow(canvas, -470, -640, 290, 300);
  drawShelf(canvas);

  // The lamp's pool of light and the screen's glow are drawn before the furniture they fall on.
  g.fillStyle(accent, 0.09);
  polygon(g, 326, -404, 394, -404, 470, -238, 250, -238);
  glow(g, -120, -480, 320, 200, accent, 1.3);

  // Desk.
  g.fillStyle(palette.wood, 1);
  g.fillRect(-440, -236, 900, 20);
  g.fillRect(-425, -216, 22, 216);
  g.fillRect(250, -216, 190, 216);
  g.fillStyle(palette.woodHigh, 1);
  g.fillRect(-440, -240, 900, 6);
  g.fillStyle(palette.shadow, 0.45);
  g.fillRect(262, -150, 166, 3);
  g.fillRect(262, -80, 166, 3);
  g.fillStyle(accent, 0.12);
  g.fillEllipse(350, -238, 200, 10);

  // Tower PC under the desk, its power light in the accent colour.
  g.fillStyle(0x101d2a, 1);
  g.fillRoundedRect(140, -170, 80, 170, 4);
  g.fillStyle(accent, 0.9);
  g.fillCircle(180, -150, 4);
  canvas.alarm(174, -156, 12, 12);

  drawPc(canvas);
  drawPaperBox(canvas, -400, -236);
  drawLamp(canvas, 360, -236);

  // Mug.
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(200, -278, 30, 38, 4);
  g.lineStyle(5, palette.steelHigh, 1);
  g.strokeCircle(234, -262, 10);

  drawChair(canvas, 10, 0);
}

function drawWindow(canvas: ArtCanvas, x: number, y: number, width: number, height: number): void {
  const { g } = canvas;
  const random = seededRandom(7);
  g.fillStyle(palette.steel, 1);
  g.fillRect(x - 12, y - 12, width + 24, height + 24);
  g.fillGradientStyle(0x050d17, 0x050d17, 0x17314b, 0x17314b, 1);
  g.fillRect(x, y, width, height);
  g.fillStyle(palette.ink, 0.8);
  for (let star = 0; star < 22; star += 1) {
    g.fillCircle(x + random() * width, y + random() * height * 0.6, random() < 0.2 ? 1.8 : 1.1);
  }
  // A crescent moon: a bright disc with a sky-coloured disc over it.
  g.fillStyle(0xf4ecd0, 0.95);
  g.fillCircle(x + width * 0.74, y + height * 0.22, 22);
  g.fillStyle(0x081320, 1);
  g.fillCircle(x + width * 0.74 + 9, y + height * 0.22 - 6, 20);
  // Rooftops across the street, one window still lit.
  g.fillStyle(0x060e18, 1);
  g.fillTriangle(x, y + height * 0.74, x + 70, y + height * 0.6, x + 140, y + height * 0.74);
  g.fillRect(x, y + height * 0.74, width, height * 0.26);
  g.fillTriangle(
    x + 120,
    y + height * 0.78,
    x + 210,
    y + height * 0.64,
    x + width,
    y + height * 0.74,
  );
  g.fillStyle(palette.amber, 0.7);
  g.fillRect(x + 198, y + height * 0.8, 16, 16);
  // Frame bars and sill.
  g.fillStyle(palette.steel, 1);
  g.fillRect(x + width / 2 - 5, y, 10, height);
  g.fillRect(x, y + height / 2 - 5, width, 10);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(x - 24, y + height + 12, width + 48, 12);
  // Curtain.
  g.fillStyle(0x1b3047, 1);
  g.fillRect(x + width + 14, y - 40, 56, height + 80);
  g.fillStyle(palette.shadow, 0.35);
  g.fillRect(x + width + 30, y - 40, 6, height + 80);
  g.fillRect(x + width + 50, y - 40, 6, height + 80);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(x - 30, y - 48, width + 110, 8);
}

function drawShelf(canvas: ArtCanvas): void {
  const { g } = canvas;
  g.fillStyle(palette.woodHigh, 1);
  g.fillRect(230, -520, 220, 10);
  const books = [0x2c4a66, 0x3b5b78, 0x51394a, 0x2c4a66, 0x5d4a31, 0x3b5b78];
  books.forEach((colour, index) => {
    g.fillStyle(colour, 1);
    const tall = 70 + ((index * 23) % 30);
    g.fillRect(246 + index * 24, -520 - tall, 20, tall);
  });
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(400, -580, 40, 60, 3);
  g.fillStyle(0x0d1c2b, 1);
  g.fillRect(406, -574, 28, 48);
}

function drawPc(canvas: ArtCanvas): void {
  const { g, accent } = canvas;
  const screen = monitor(canvas, -110, -240, 300, 186, 0x0d2033);
  const { x, y, width } = screen;
  // A word processor: title bar, a page of text.
  g.fillStyle(accent, 0.85);
  g.fillRect(x, y, width, 16);
  g.fillStyle(palette.ink, 0.9);
  g.fillRect(x + 40, y + 28, width - 80, 150);
  g.fillStyle(0x47596b, 1);
  for (let line = 0; line < 9; line += 1) {
    g.fillRect(x + 54, y + 42 + line * 14, (line % 4 === 3 ? 110 : 190) - (line % 2) * 18, 5);
  }
  // The anti-virus notice in the corner: quiet until an alert arrives.
  g.fillStyle(0x1a2c3e, 1);
  g.fillRect(x + width - 124, y + screen.height - 58, 116, 50);
  g.fillStyle(palette.alert, 0.85);
  g.fillRect(x + width - 124, y + screen.height - 58, 116, 10);
  g.fillStyle(palette.ink, 0.5);
  g.fillRect(x + width - 114, y + screen.height - 38, 80, 5);
  g.fillRect(x + width - 114, y + screen.height - 26, 56, 5);
  canvas.alarm(x + width - 124, y + screen.height - 58, 116, 50);
  // Keyboard and mouse.
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(-90, -254, 230, 14, 3);
  g.fillRoundedRect(160, -252, 22, 12, 6);
}

function drawPaperBox(canvas: ArtCanvas, x: number, deskY: number): void {
  const { g } = canvas;
  // Papers standing in the box, one with a classification stripe.
  const sheets = [
    { dx: 14, tall: 96, tilt: 0 },
    { dx: 40, tall: 104, tilt: 0 },
    { dx: 80, tall: 92, tilt: 0 },
    { dx: 120, tall: 100, tilt: 0 },
  ];
  for (const sheet of sheets) {
    g.fillStyle(palette.paper, 1);
    g.fillRect(x + sheet.dx, deskY - sheet.tall, 54, sheet.tall);
    g.fillStyle(0x8d9aa6, 1);
    g.fillRect(x + sheet.dx + 8, deskY - sheet.tall + 14, 36, 3);
    g.fillRect(x + sheet.dx + 8, deskY - sheet.tall + 22, 28, 3);
  }
  g.fillStyle(palette.alert, 0.9);
  g.fillRect(x + 40, deskY - 104, 54, 8);
  g.fillStyle(0x5f7c9a, 1);
  g.fillRect(x + 100, deskY - 88, 22, 10);
  // The box: front, side shading, open flaps.
  g.fillStyle(palette.cardboard, 1);
  g.fillRect(x, deskY - 70, 190, 70);
  g.fillStyle(0x6f5535, 1);
  g.fillRect(x + 150, deskY - 70, 40, 70);
  g.fillTriangle(x, deskY - 70, x - 26, deskY - 92, x + 40, deskY - 70);
  g.fillStyle(0xa4825a, 1);
  g.fillTriangle(x + 150, deskY - 70, x + 210, deskY - 96, x + 190, deskY - 70);
  g.fillStyle(0x6f5535, 1);
  g.fillRect(x + 60, deskY - 48, 70, 18);
  g.fillStyle(palette.paper, 0.8);
  g.fillRect(x + 66, deskY - 44, 58, 10);
}

function drawLamp(canvas: ArtCanvas, x: number, deskY: number): void {
  const { g, accent } = canvas;
  g.fillStyle(palette.steelHigh, 1);
  g.fillEllipse(x, deskY - 5, 70, 12);
  g.lineStyle(6, palette.steelHigh, 1);
  g.lineBetween(x, deskY - 6, x - 44, deskY - 110);
  g.lineBetween(x - 44, deskY - 110, x, deskY - 186);
  g.fillStyle(palette.steelHigh, 1);
  polygon(g, x - 16, deskY - 204, x + 16, deskY - 204, x + 34, deskY - 168, x - 34, deskY - 168);
  g.fillStyle(accent, 0.95);
  g.fillEllipse(x, deskY - 168, 40, 8);
}

function drawChair(canvas: ArtCanvas, x: number, floorY: number): void {
  const { g } = canvas;
  g.fillStyle(0x08121d, 1);
  g.fillRoundedRect(x - 90, floorY - 262, 180, 110, 26);
  g.fillRect(x - 100, floorY - 152, 200, 22);
  g.fillRect(x - 8, floorY - 128, 16, 96);
  g.fillRect(x - 110, floorY - 36, 220, 10);
  g.fillCircle(x - 104, floorY - 16, 10);
  g.fillCircle(x + 104, floorY - 16, 10);
  g.fillCircle(x, floorY - 16, 10);
  g.fillStyle(palette.steel, 0.5);
  g.fillRoundedRect(x - 80, floorY - 254, 160, 6, 3);
}
