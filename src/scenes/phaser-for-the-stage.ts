/**
 * The Phaser the stage runs: only the parts its scenes use, built from Phaser's sources the way
 * Phaser's own phaser-core.js entry is. vite.config.ts points `import Phaser from 'phaser'` here,
 * so the scenes keep Phaser's names, and TypeScript still reads Phaser's own typings.
 *
 * Why not the whole of Phaser: the stage is still art on a 2D canvas. Every part it never uses
 * (tilemaps, particles, text, most loaders and game objects) was still downloaded, run, and kept
 * in the page's heap, which V8 walks again each time it collects garbage on a screen at rest.
 * Measured on the bench machine: 105 KB less gzip and 1.4 MB less heap than Phaser without physics.
 *
 * A part missing here fails where a scene first uses it (tests/browser/stage.spec.ts draws every
 * setting at every size). Game objects and scene plugins register themselves when their module
 * runs, which is why some imports bind no name.
 */
import CONST from 'phaser/src/const.js';
import Core from 'phaser/src/core/index.js';
import Game from 'phaser/src/core/Game.js';
import QuadraticBezier from 'phaser/src/curves/QuadraticBezierCurve.js';
import GameObjectEvents from 'phaser/src/gameobjects/events/index.js';
import Container from 'phaser/src/gameobjects/container/Container.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import Image from 'phaser/src/gameobjects/image/Image.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import Rectangle from 'phaser/src/gameobjects/shape/rectangle/Rectangle.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import Vector2 from 'phaser/src/math/Vector2.js';
import Scale from 'phaser/src/scale/index.js';
// The scene plugins every scene needs (the defaults the stage does not use, such as input,
// loader, clock and data, are left out: Phaser skips a plugin nobody registered).
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/UpdateList.js';
import Scene from 'phaser/src/scene/Scene.js';
import Scenes from 'phaser/src/scene/index.js';
import Tweens from 'phaser/src/tweens/index.js';

// Phaser's constants (CANVAS, AUTO, …) sit on the namespace itself, as phaser-core.js puts them.
const Phaser = {
  Core,
  Curves: { QuadraticBezier },
  Game,
  GameObjects: { Container, Events: GameObjectEvents, Image, Rectangle },
  Math: { Vector2 },
  Scale,
  Scene,
  Scenes,
  Tweens,
  ...(CONST as object),
};

export default Phaser;
