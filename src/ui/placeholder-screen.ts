import { replaceScreen } from './screen-host';
import { announceScreen } from './stage-events';

/** The screen after Start until the scenario engine is wired in: says so, and leads back. */
export function showPlaceholderScreen(goBack: () => void): void {
  const heading = document.createElement('h2');
  heading.id = 'placeholder-heading';
  heading.textContent = 'Choose a role';
  const body = document.createElement('p');
  body.textContent =
    'The exercise is being built. Soon you will pick the contractor, the analysts, the CEO or ' +
    'the investigator here, and play the 2014 incident decision by decision.';
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'secondary';
  back.textContent = 'Back to the title';
  back.addEventListener('click', goBack);

  const card = document.createElement('section');
  card.className = 'title-card';
  card.setAttribute('aria-labelledby', heading.id);
  card.append(heading, body, back);

  replaceScreen([card], heading);
  announceScreen('placeholder');
}
