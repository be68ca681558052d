/**
 * Parts of the stage's Phaser (phaser-for-the-stage.ts) to run before the rest, each in its own
 * idle moment.
 *
 * Phaser's sources are CommonJS modules, and each runs the first time something requires it, so
 * importing Phaser runs all of them in one task: too long a hold on the main thread for a
 * Chromebook, about a third of it Phaser's device checks (which create a canvas and a WebGL
 * context). Running these parts first leaves that task with the rest. Phaser has require cycles;
 * tests/scenes/phaser-pieces.test.ts follows its requires and checks that every cycle's modules
 * still run in Phaser's order, which is why the list runs in this order (one cycle joins the game
 * objects' components and the camera: FilterList must run before Camera, and GameObject must not
 * run before either).
 */
export const phaserPieces: readonly (() => Promise<unknown>)[] = [
  () => import('phaser/src/device/index.js'),
  () => import('phaser/src/math/index.js'),
  () => import('phaser/src/utils/array/index.js'),
  () => import('phaser/src/curves/QuadraticBezierCurve.js'),
  () => import('phaser/src/plugins/PluginManager.js'),
  () => import('phaser/src/gameobjects/components/FilterList.js'),
  () => import('phaser/src/cameras/2d/Camera.js'),
  () => import('phaser/src/textures/TextureManager.js'),
  () => import('phaser/src/animations/AnimationManager.js'),
  () => import('phaser/src/scene/SceneManager.js'),
  () => import('phaser/src/input/InputManager.js'),
  () => import('phaser/src/tweens/index.js'),
  () => import('phaser/src/scale/ScaleManager.js'),
];
