import Phaser from 'phaser';

/**
 * Puts Phaser's game loop to sleep whenever nothing on the stage moves, and wakes it for a change.
 * A decision screen can stay up for ten minutes while a room talks; a loop that redraws 60 times
 * a second for nothing costs a laptop on battery most of a core (SwiftShader: ~70 %).
 */
export class LoopGovernor {
  private awakeUntil = 0;

  constructor(private readonly game: Phaser.Game) {
    game.events.on(Phaser.Core.Events.POST_RENDER, () => this.sleepIfStill());
    game.scale.on(Phaser.Scale.Events.RESIZE, () => this.wakeFor(200));
    // Scenes that are created, started or woken draw at least a few frames.
    this.wakeFor(500);
  }

  /** Keeps the loop running for at least `milliseconds`, then until every tween has finished. */
  wakeFor(milliseconds: number): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + milliseconds);
    if (!this.game.loop.running) this.game.loop.wake(true);
    document.documentElement.dataset.stageLoop = 'awake';
  }

  private sleepIfStill(): void {
    if (performance.now() < this.awakeUntil || this.anyTweenRunning()) return;
    this.game.loop.sleep();
    document.documentElement.dataset.stageLoop = 'asleep';
  }

  private anyTweenRunning(): boolean {
    return this.game.scene
      .getScenes(true)
      .some((scene) => scene.tweens.getTweens().some((tween) => tweenStillMoving(tween)));
  }
}

/** A tween that will still change something: playing, or waiting out its start delay. */
function tweenStillMoving(tween: Phaser.Tweens.BaseTween): boolean {
  return !tween.paused && !tween.isFinished() && !tween.isPendingRemove() && !tween.isDestroyed();
}
