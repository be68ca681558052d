import type Phaser from 'phaser';
import type { CanvasPen } from './canvas-pen';
import { paintImage } from './painted-image';
import { palette } from './palette';
import type { StageLayout } from './stage-layout';

/** The canvas's edges in design units: drawings use them to paint walls from edge to edge. */
export interface DesignBounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * What a setting drawing draws on: one pen in design units (the focal group is 1000 wide and
 * 700 tall, origin at the middle of the floor line, y up is negative), plus the overlays that
 * the stage's cues light up.
 */
export interface ArtCanvas {
  g: CanvasPen;
  accent: number;
  bounds: DesignBounds;
  wide: boolean;
  /** Marks a glowing screen: it flickers when new text arrives. */
  screen(x: number, y: number, width: number, height: number): void;
  /** Marks an alert panel or light: it pulses red when an inject or an alert arrives. */
  alarm(x: number, y: number, width: number, height: number): void;
}

/** A drawn setting: its root object and the overlays its cues animate. */
export interface BuiltArt {
  root: Phaser.GameObjects.Container;
  /** The scaled room inside the root (the root also holds the shade under the text). */
  room: Phaser.GameObjects.Container;
  screens: Phaser.GameObjects.Rectangle[];
  alarms: Phaser.GameObjects.Rectangle[];
}

/** A function that draws one setting on an ArtCanvas. */
export type SettingDrawing = (canvas: ArtCanvas) => void;

/**
 * Draws a setting for a layout: the room painted once into an image (inside the scaled room, so
 * the cue overlays keep their design units), its cue overlays, and the calm shade under the text.
 */
export function buildArt(
  scene: Phaser.Scene,
  layout: StageLayout,
  drawing: SettingDrawing,
  accent: number,
): BuiltArt {
  const { scale, anchorX, floorY, width, height } = layout;
  const root = scene.add.container(0, 0);
  const room = scene.add.container(anchorX, floorY).setScale(scale);
  const screens: Phaser.GameObjects.Rectangle[] = [];
  const alarms: Phaser.GameObjects.Rectangle[] = [];
  const overlay = (x: number, y: number, w: number, h: number, colour: number) =>
    scene.add.rectangle(x + w / 2, y + h / 2, w, h, colour).setAlpha(0);
  const painting = paintImage(scene, width, height, (g) => {
    g.transform(scale, anchorX, floorY);
    drawing({
      g,
      accent,
      wide: layout.wide,
      bounds: {
        left: -anchorX / scale,
        right: (width - anchorX) / scale,
        top: -floorY / scale,
        bottom: (height - floorY) / scale,
      },
      screen: (x, y, w, h) => screens.push(overlay(x, y, w, h, palette.ink)),
      alarm: (x, y, w, h) => alarms.push(overlay(x, y, w, h, palette.alert)),
    });
  });
  // The painting is in canvas pixels: undo the room's scale and offset for it alone.
  painting.setScale(1 / scale).setPosition(-anchorX / scale, -floorY / scale);
  room.add([painting, ...screens, ...alarms]);
  root.add(room);
  root.add(paintImage(scene, width, height, (g) => drawCalmShade(g, layout)));
  return { root, room, screens, alarms };
}

/** Darkens the part of the canvas under the DOM text, so the text panel sits on a quiet ground. */
function drawCalmShade(shade: CanvasPen, layout: StageLayout): void {
  const dark = palette.nightDeep;
  if (layout.wide) {
    const edge = layout.focus.x;
    shade.fillStyle(dark, 0.78);
    shade.fillRect(0, 0, edge * 0.8, layout.height);
    shade.fillGradientStyle(dark, dark, dark, dark, 0.78, 0, 0.78, 0);
    shade.fillRect(edge * 0.8, 0, edge * 0.35, layout.height);
  } else {
    const edge = layout.focus.height;
    shade.fillGradientStyle(dark, dark, dark, dark, 0, 0, 0.85, 0.85);
    shade.fillRect(0, edge * 0.92, layout.width, edge * 0.25);
    shade.fillStyle(dark, 0.85);
    shade.fillRect(0, edge * 1.17, layout.width, layout.height - edge * 1.17);
  }
}

/** A soft halo: stacked translucent rounded rectangles, brightest at the centre. */
export function glow(
  g: CanvasPen,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: number,
  strength = 1,
): void {
  const layers = 12;
  for (let layer = layers; layer >= 1; layer -= 1) {
    const grow = layer * 8;
    g.fillStyle(colour, 0.022 * strength);
    g.fillRoundedRect(x - grow, y - grow, width + grow * 2, height + grow * 2, 6 + grow * 1.5);
  }
}

/** The wall (a vertical gradient down to the floor line) and the floor beneath it. */
export function wallAndFloor(
  canvas: ArtCanvas,
  wallTop: number,
  wallBottom: number,
  floor: number,
): void {
  const { g, bounds } = canvas;
  g.fillGradientStyle(wallTop, wallTop, wallBottom, wallBottom, 1);
  g.fillRect(bounds.left, bounds.top, bounds.right - bounds.left, -bounds.top);
  g.fillStyle(floor, 1);
  g.fillRect(bounds.left, 0, bounds.right - bounds.left, bounds.bottom);
  g.fillStyle(palette.shadow, 0.5);
  g.fillRect(bounds.left, 0, bounds.right - bounds.left, 6);
}

/** A flat-panel monitor on a stand; returns nothing, registers its screen for the flicker cue. */
export function monitor(
  canvas: ArtCanvas,
  x: number,
  baseY: number,
  width: number,
  height: number,
  screenColour: number = palette.nightDeep,
): { x: number; y: number; width: number; height: number } {
  const { g } = canvas;
  const top = baseY - height - 34;
  g.fillStyle(palette.steel, 1);
  g.fillRect(x + width / 2 - 8, baseY - 36, 16, 36);
  g.fillRoundedRect(x + width / 2 - 40, baseY - 6, 80, 6, 3);
  g.fillStyle(palette.steelHigh, 1);
  g.fillRoundedRect(x - 8, top - 8, width + 16, height + 16, 6);
  g.fillStyle(screenColour, 1);
  g.fillRect(x, top, width, height);
  canvas.screen(x, top, width, height);
  return { x, y: top, width, height };
}

/** Fills a polygon given as flat x, y pairs (Graphics.fillPoints wants Vector2 objects). */
export function polygon(g: CanvasPen, ...coordinates: number[]): void {
  g.beginPath();
  g.moveTo(coordinates[0] ?? 0, coordinates[1] ?? 0);
  for (let index = 2; index + 1 < coordinates.length; index += 2) {
    g.lineTo(coordinates[index] ?? 0, coordinates[index + 1] ?? 0);
  }
  g.closePath();
  g.fillPath();
}
