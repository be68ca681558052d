import Phaser from 'phaser';
import { LoopGovernor } from './loop-governor';
import { SettingScene } from './setting-scene';
import { directStage } from './stage-director';
import { TitleScene } from './title-scene';
import { palette } from './palette';
import { idleMoment } from '../idle-moment';

/**
 * Boots Phaser behind the DOM layer. The canvas is decoration: it is hidden from assistive
 * technology and takes no input, so the game stays fully usable if it never starts; a failure
 * after this returns goes to `onFailure`.
 */
export function startStage(parent: HTMLElement, onFailure: (error: unknown) => void): Phaser.Game {
  const game = new Phaser.Game({
    // Still art painted once into images: Canvas 2D only copies them. WebGL would first compile
    // its shaders (hundreds of ms on a software-rendered Chromebook) to draw the same pictures.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: palette.night,
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    scene: [],
  });
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    performance.mark('spillage:first-frame');
  });
  game.events.once(Phaser.Core.Events.READY, () => buildScenes(game).catch(onFailure));
  return game;
}

/**
 * Builds the scenes, each in an idle moment of its own after Phaser's boot: together, on a slow
 * machine, they held the main thread for 50-90 ms. The stage catches up with the screen shown.
 */
async function buildScenes(game: Phaser.Game): Promise<void> {
  await idleMoment();
  const governor = new LoopGovernor(game);
  game.scene.add(TitleScene.key, new TitleScene(governor), true);
  await idleMoment();
  // Added second, so it draws over the title while the two cross-fade.
  game.scene.add(SettingScene.key, new SettingScene(governor), false);
  directStage(game, governor);
}
