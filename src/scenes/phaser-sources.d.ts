// Phaser's own source modules (CommonJS), reached by path: phaser-for-the-stage.ts builds the
// stage's Phaser from them and phaser-pieces.ts runs some early. Their types come from Phaser's
// typings through `import type Phaser from 'phaser'`; here they are values nobody looks into.
declare module 'phaser/src/*' {
  const phaserModule: unknown;
  export default phaserModule;
}
