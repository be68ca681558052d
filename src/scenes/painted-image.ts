import Phaser from 'phaser';
import { CanvasPen } from './canvas-pen';

let paintings = 0;

/**
 * Paints a still picture once into a canvas texture and shows it as one Phaser image, whose
 * top-left corner sits at (0, 0). The texture is removed when the image is destroyed, so a
 * redraw for every window size or setting leaves nothing behind.
 */
export function paintImage(
  scene: Phaser.Scene,
  width: number,
  height: number,
  paint: (pen: CanvasPen) => void,
): Phaser.GameObjects.Image {
  const key = `spillage-painting-${(paintings += 1)}`;
  const texture = scene.textures.createCanvas(
    key,
    Math.max(1, Math.ceil(width)),
    Math.max(1, Math.ceil(height)),
  );
  if (!texture) throw new Error(`the stage could not make the canvas texture ${key}`);
  paint(new CanvasPen(texture.getContext()));
  texture.refresh();
  const image = scene.add.image(0, 0, key).setOrigin(0, 0);
  image.once(Phaser.GameObjects.Events.DESTROY, () => {
    if (scene.textures.exists(key)) scene.textures.remove(key);
  });
  return image;
}
