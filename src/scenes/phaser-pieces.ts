/**
 * Parts of Phaser to run before Phaser itself, each in its own idle moment.
 *
 * Phaser's sources are CommonJS modules, and each runs the first time something requires it, so
 * importing Phaser runs all of them in one task: 70-90 ms on the 2-core bench machine, about a
 * third of it Phaser's device checks (which create a canvas and a WebGL context). Running these
 * parts first leaves that task with the rest. Each part has no require cycle in it
 * (tests/scenes/phaser-pieces.test.ts checks Phaser's sources), so running it early cannot
 * change what any of its modules sees when it runs.
 */
export const phaserPieces: readonly (() => Promise<unknown>)[] = [
  // No cycles here: these can run in any order.
  () => import('phaser/src/device/index.js'),
  () => import('phaser/src/math/index.js'),
  () => import('phaser/src/geom/index.js'),
  () => import('phaser/src/curves/index.js'),
  // Then Phaser's own parts, in the order Phaser requires them.
  () => import('phaser/src/actions/index.js'),
  () => import('phaser/src/animations/index.js'),
  () => import('phaser/src/cameras/index.js'),
  () => import('phaser/src/core/index.js'),
  () => import('phaser/src/display/index.js'),
  () => import('phaser/src/filters/index.js'),
  () => import('phaser/src/gameobjects/index.js'),
  () => import('phaser/src/input/index.js'),
  () => import('phaser/src/loader/index.js'),
  () => import('phaser/src/renderer/index.js'),
  () => import('phaser/src/scale/index.js'),
  () => import('phaser/src/scene/index.js'),
  () => import('phaser/src/textures/index.js'),
  () => import('phaser/src/tilemaps/index.js'),
  () => import('phaser/src/tweens/index.js'),
];
