// Phaser's own source modules, imported only to run them early (phaser-pieces.ts); their values
// are not used, so they need no types beyond this.
declare module 'phaser/src/*';
