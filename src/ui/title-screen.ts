import { showPlaceholderScreen } from './placeholder-screen';
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
  } else {
    titleCard = requireElement('screen').querySelector('.title-card');
    const start = requireElement('start-button') as HTMLButtonElement;
    start.addEventListener('click', () => showPlaceholderScreen(showTitleScreen));
    start.disabled = false;
    performance.mark('spillage:first-control');
  }
  announceScreen('title');
}
