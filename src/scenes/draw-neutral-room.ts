import { seededRandom } from '../seeded-random';
import { glow, wallAndFloor, type ArtCanvas } from './art-canvas';
import { palette } from './palette';

/**
 * A quiet room for any setting the stage has no drawing for (another scenario's `car-park` or
 * `office`) and for the debrief: a distant skyline through a long window and a single table lamp.
 */
export function drawNeutralRoom(canvas: ArtCanvas): void {
  const { g, accent, bounds } = canvas;
  const random = seededRandom(31);
  wallAndFloor(canvas, 0x0b1826, 0x132538, 0x08111b);
  // A long window across the wall, a faint skyline and the accent as far-off lights.
  const top = -600;
  const bottom = -300;
  g.fillGradientStyle(0x060e18, 0x060e18, 0x10263b, 0x10263b, 1);
  g.fillRect(bounds.left, top, bounds.right - bounds.left, bottom - top);
  let x = bounds.left;
  while (x < bounds.right) {
    const width = 30 + random() * 60;
    const tall = 40 + random() * 150;
    g.fillStyle(0x0a1826, 1);
    g.fillRect(x, bottom - tall, width - 4, tall);
    g.fillStyle(random() < 0.5 ? accent : palette.ink, 0.35);
    for (let light = 0; light < 3; light += 1) {
      if (random() < 0.5)
        g.fillRect(
          x + 6 + random() * (width - 20),
          bottom - tall + 10 + random() * (tall - 20),
          4,
          4,
        );
    }
    x += width;
  }
  g.fillStyle(palette.steel, 1);
  for (let bar = Math.ceil(bounds.left / 180) * 180; bar < bounds.right; bar += 180) {
    g.fillRect(bar - 4, top, 8, bottom - top);
  }
  g.fillRect(bounds.left, top - 10, bounds.right - bounds.left, 10);
  g.fillRect(bounds.left, bottom, bounds.right - bounds.left, 12);
  // A table with a lamp: the one warm point in the room.
  glow(g, 120, -330, 80, 60, accent, 1);
  g.fillStyle(palette.wood, 1);
  g.fillRect(-260, -190, 520, 16);
  g.fillRect(-240, -174, 16, 174);
  g.fillRect(224, -174, 16, 174);
  g.fillStyle(palette.woodHigh, 1);
  g.fillRect(-260, -194, 520, 5);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRect(156, -300, 8, 106);
  g.fillEllipse(160, -196, 60, 10);
  g.fillStyle(accent, 0.9);
  g.fillTriangle(120, -290, 200, -290, 180, -340);
  g.fillTriangle(120, -290, 140, -340, 180, -340);
  g.fillStyle(accent, 0.12);
  g.fillEllipse(160, -192, 260, 14);
  // A phone face down on the table: its notification light is what an alert lights up.
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(-10, -202, 64, 10, 3);
  g.fillStyle(palette.alert, 0.8);
  g.fillCircle(44, -197, 3);
  canvas.alarm(-14, -206, 72, 18);
  g.fillStyle(palette.paper, 0.9);
  g.fillRect(-160, -200, 120, 8);
  g.fillRect(-140, -208, 100, 8);
}
