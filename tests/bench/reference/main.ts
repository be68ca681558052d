/**
 * The bench's yardstick: a blank Phaser 4 game with Phaser's default config (WebGL if it can, a
 * loop that redraws every frame). The only addition is the first-frame mark the bench reads,
 * set the same way the game sets it.
 */
import Phaser from 'phaser';

const game = new Phaser.Game({});
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  performance.mark('spillage:first-frame');
});
