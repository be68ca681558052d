import type Phaser from 'phaser';
import { onStageChange, type StageScreen } from '../stage/stage-events';
import { afterNextPaint } from './after-next-paint';
import type { LoopGovernor } from './loop-governor';
import { SettingScene } from './setting-scene';
import { TitleScene } from './title-scene';

/** Screens that keep the title's backdrop; every other screen shows its setting. */
const titleScreens: ReadonlySet<StageScreen> = new Set(['title']);

/**
 * Decides which scene is on stage. The setting scene fades in over the title, then the title
 * sleeps; going back, the title wakes under the setting, which fades out and sleeps.
 * Returns the unsubscribe function.
 */
export function directStage(game: Phaser.Game, governor: LoopGovernor): () => void {
  const scenes = game.scene;
  const setting = scenes.getScene(SettingScene.key) as SettingScene;
  let first = true;
  return onStageChange((state) =>
    afterNextPaint(() => {
      // A reload that resumes mid-story shows its setting at once: nothing to transition from.
      const animate = !first;
      first = false;
      governor.wakeFor(500);
      if (titleScreens.has(state.screen)) {
        if (scenes.isSleeping(TitleScene.key)) scenes.wake(TitleScene.key);
        setting.hide();
        return;
      }
      // run() on a scene that is already running shuts it down and starts it afresh: that would
      // rebuild it for every beat (and leak Phaser's per-start objects). Only wake or start it.
      if (!scenes.isActive(SettingScene.key)) scenes.run(SettingScene.key);
      setting.show(state, animate, () => {
        if (scenes.isActive(TitleScene.key)) scenes.sleep(TitleScene.key);
      });
    }),
  );
}
