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
  // A window being opened (the projector's) can report no size yet: then there is nothing to
  // paint, and the next resize paints it again at its real size.
  const sized = Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0;
  const texture = scene.textures.createCanvas(
    key,
    sized ? Math.ceil(width) : 1,
    sized ? Math.ceil(height) : 1,
  );
  if (!texture) throw new Error(`the stage could not make the canvas texture ${key}`);
  if (sized) paint(new CanvasPen(texture.getContext()));
  texture.refresh();
  const image = scene.add.image(0, 0, key).setOrigin(0, 0);
  image.once(Phaser.GameObjects.Events.DESTROY, () => {
    if (scene.textures.exists(key)) scene.textures.remove(key);
  });
  return image;
}
