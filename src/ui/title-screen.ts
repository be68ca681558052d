import type * as GameShell from './game-shell';
import { hasKeptProgress, readProgressText } from './progress-store';
import { replaceScreen, showNotice } from './screen-host';
import { announceScreen } from '../stage/stage-events';
import { requireElement } from './stage-loader';
import { t } from '../i18n/translate';

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
      () => void openGame(async (shell) => (await shell.resumeKeptProgress()) || showTitleScreen()),
    );
    const facilitate = requireElement('facilitate-button') as HTMLButtonElement;
    facilitate.addEventListener('click', () => void openFacilitatorSetup());
    facilitate.disabled = false;
    performance.mark('spillage:first-control');
  }
  showKeptProgress();
  announceScreen('title');
}

/**
 * Resume shows only for progress that reads back in full, which the game's chunk checks (the
 * title carries no schema library); a save that cannot be resumed gets a note saying why.
 */
function showKeptProgress(): void {
  const resume = requireElement('resume-button');
  resume.hidden = true;
  titleCard?.querySelector('#kept-progress-note')?.remove();
  // Opened at '#/play', the game resumes (or says why not, and comes back here to show the note).
  if (!hasKeptProgress() || window.location.hash === '#/play') return;
  void openGame(async (shell) => {
    const { resumable, note } = await shell.titleProgress();
    resume.hidden = !resumable;
    titleCard?.querySelector('#kept-progress-note')?.remove();
    if (note) titleCard?.append(note);
  });
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
    const code = readAddressPart(hash.slice('#/path/'.length));
    if (code === null) return refuseDamagedLink();
    void openGame(async (shell) => (await shell.openSharedPath(code)) || showTitleScreen());
  } else if (hash === '#/play' && readProgressText() !== null) {
    void openGame(async (shell) => (await shell.resumeKeptProgress()) || showTitleScreen());
  }
}

/**
 * A percent-encoded part of the address as text, or null when it is damaged (a link cut short by
 * a chat app or a QR scanner leaves half an escape such as `%E0%A4%A`, which cannot be decoded).
 */
export function readAddressPart(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** Says that the link is damaged; the title stays as it is, and a reload shows the title. */
function refuseDamagedLink(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
  showNotice(t('progress.damagedLink'));
}

/** Facilitator mode, loaded only when a trainer asks for it. */
function openFacilitatorSetup(): Promise<void> {
  return import('./facilitator/facilitator-app').then(({ openSessionSetup }) =>
    // A fresh load of the title, so the game's own menu is not installed beside the room's.
    openSessionSetup(() => window.location.assign(window.location.pathname)),
  );
}

/**
 * The window a facilitator's address asks for (`?view=presenter` or `?view=projector`), or null
 * for the game itself.
 */
export function requestedRoomWindow(): 'presenter' | 'projector' | null {
  const view = new URLSearchParams(window.location.search).get('view');
  return view === 'presenter' || view === 'projector' ? view : null;
}

/** Runs this window as a session's presenter or projector. */
export function openRoomWindow(role: 'presenter' | 'projector'): Promise<void> {
  return import('./facilitator/facilitator-app').then(({ runWindow }) => runWindow(role));
}
