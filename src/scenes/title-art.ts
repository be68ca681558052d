import type { CanvasPen } from './canvas-pen';
import { palette } from './palette';

/** The night backdrop: a vertical gradient with a faint grid, drawn once per size. */
export function drawNightBackdrop(backdrop: CanvasPen, width: number, height: number): void {
  backdrop.fillGradientStyle(
    palette.nightDeep,
    palette.nightDeep,
    palette.nightHigh,
    palette.nightHigh,
    1,
  );
  backdrop.fillRect(0, 0, width, height);
  backdrop.lineStyle(1, palette.grid, 0.35);
  const step = Math.max(32, Math.round(Math.min(width, height) / 14));
  for (let x = step; x < width; x += step) backdrop.lineBetween(x, 0, x, height);
  for (let y = step; y < height; y += step) backdrop.lineBetween(0, y, width, y);
}

/** A home desk with a monitor whose screen glows, drawn around (0, 0): where the files were. */
export function drawHomeDesk(desk: CanvasPen, unit: number): void {
  desk.fillStyle(palette.grid, 1);
  desk.fillRect(-unit * 1.4, unit * 0.1, unit * 2.8, unit * 0.14);
  desk.fillRect(-unit * 1.25, unit * 0.24, unit * 0.12, unit * 0.9);
  desk.fillRect(unit * 1.13, unit * 0.24, unit * 0.12, unit * 0.9);
  desk.fillStyle(palette.ink, 0.85);
  desk.fillRoundedRect(-unit * 0.75, -unit * 0.95, unit * 1.5, unit * 0.95, unit * 0.06);
  desk.fillStyle(palette.nightDeep, 1);
  desk.fillRect(-unit * 0.68, -unit * 0.88, unit * 1.36, unit * 0.78);
  desk.fillStyle(palette.alert, 0.9);
  desk.fillRect(-unit * 0.58, -unit * 0.76, unit * 0.7, unit * 0.08);
  desk.fillStyle(palette.teal, 0.6);
  for (let line = 0; line < 4; line += 1) {
    desk.fillRect(
      -unit * 0.58,
      -unit * 0.6 + line * unit * 0.12,
      unit * (0.4 + ((line * 37) % 60) / 100),
      unit * 0.05,
    );
  }
  desk.fillStyle(palette.ink, 0.85);
  desk.fillRect(-unit * 0.08, 0, unit * 0.16, unit * 0.1);
}

/** A rack of servers with status lights, drawn around (0, 0): where the files went. */
export function drawServerRack(rack: CanvasPen, unit: number): void {
  rack.fillStyle(palette.grid, 1);
  rack.fillRoundedRect(-unit * 0.55, -unit * 1.1, unit * 1.1, unit * 2.2, unit * 0.08);
  for (let shelf = 0; shelf < 6; shelf += 1) {
    const top = -unit * 0.98 + shelf * unit * 0.34;
    rack.fillStyle(palette.nightDeep, 1);
    rack.fillRect(-unit * 0.45, top, unit * 0.9, unit * 0.26);
    rack.fillStyle(shelf === 2 ? palette.alert : palette.teal, 0.9);
    rack.fillCircle(unit * 0.32, top + unit * 0.13, unit * 0.045);
  }
}
