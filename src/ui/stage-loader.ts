import { phaserPieces } from '../scenes/phaser-pieces';
import { idleMoment } from '../idle-moment';

/**
 * Loads the Phaser stage after the first screen is usable, so Phaser never delays a control. Each
 * step is its own task in an idle moment: running parts of Phaser's code (scenes/phaser-pieces.ts),
 * then the rest of it, then booting a game, so that no one task holds the main thread long
 * enough to delay a click.
 */
export function loadStageWhenIdle(): void {
  loadStage().catch(stageFailed);
}

async function loadStage(): Promise<void> {
  for (const runPiece of phaserPieces) {
    await idleMoment();
    await runPiece();
  }
  await idleMoment();
  const { startStage } = await import('../scenes/start-stage');
  await idleMoment();
  startStage(requireElement('stage'), stageFailed);
}

/** The game is fully playable without its backdrop; say so instead of failing loudly. */
function stageFailed(error: unknown): void {
  console.warn('Spillage: the animated backdrop could not start.', error);
}

/** Finds an element that index.html always has. */
export function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id}`);
  return element;
}
