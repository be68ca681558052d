import type * as GameShell from './game-shell';
import { readProgress } from './progress-store';
import { replaceScreen } from './screen-host';
import { announceScreen } from './stage-events';
import { requireElement } from './stage-loader';

let titleCard: HTMLElement | null = null;

/**
 * Shows the title. The first time, it wires the card that index.html already shows, so the Start
 * button works before any other script has loaded, and marks `spillage:first-control` for the
 * benchmark; later it puts that same card back.
 */
export function showTitleScreen(): void {
  if (titleCard) {
    replaceScreen([titleCard], titleCard.querySelector('h1'));
    // Back at the title, a reload should show the title, not resume.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  } else {
    titleCard = requireElement('screen').querySelector('.title-card');
    const start = requireElement('start-button') as HTMLButtonElement;
    start.addEventListener('click', () => void openGame((shell) => shell.openScenarioPicker()));
    start.disabled = false;
    requireElement('resume-button').addEventListener(
      'click',
      () => void openGame((shell) => shell.resumeKeptProgress()),
    );
    performance.mark('spillage:first-control');
  }
  requireElement('resume-button').hidden = readProgress() === null;
  announceScreen('title');
}

/** Loads the game (already preloading since the title appeared) and runs `then` with it. */
export function openGame(then: (shell: typeof GameShell) => unknown): Promise<void> {
  return import('./game-shell').then(async (shell) => {
    await then(shell);
  });
}

/** Follows the address the page was opened with: a shared path, or a session being played. */
export function followAddress(): void {
  const hash = window.location.hash;
  if (hash.startsWith('#/path/')) {
    const code = decodeURIComponent(hash.slice('#/path/'.length));
    void openGame(async (shell) => (await shell.openSharedPath(code)) || showTitleScreen());
  } else if (hash === '#/play' && readProgress() !== null) {
    void openGame(async (shell) => (await shell.resumeKeptProgress()) || showTitleScreen());
  }
}
