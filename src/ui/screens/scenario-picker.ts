import type { ScenarioCard } from 'virtual:scenario-catalog';
import type { ScenarioError } from '../../engine/scenario-error';
import { button, el, list } from '../dom';
import { shortenMessage } from '../shorten-text';
import { wordProblem } from '../../i18n/problem-words';
import type { Screen } from './screen';
import { currentLanguage, languageName, t } from '../../i18n/translate';

/** What the picker can do: play a built-in scenario, or read files the player chose or dropped. */
export interface ScenarioPickerActions {
  pick: (card: ScenarioCard) => void;
  loadFiles: (files: File[]) => void;
  back: () => void;
  /** Opens the scenario's accuracy notes (offered only when it has them). */
  about: (card: ScenarioCard) => void;
}

/** Lists the built-in scenarios (the default first and pre-selected) and accepts a scenario file. */
export function scenarioPicker(
  catalog: readonly ScenarioCard[],
  actions: ScenarioPickerActions,
  problems: { fileName: string; errors: readonly ScenarioError[] } | null,
): Screen {
  const heading = el('h1', { id: 'picker-heading', text: t('picker.chooseScenario') });
  const cards = catalog.map((card, index) => {
    // A scenario without a translation into the page's language is shown, and marked, as it is.
    const own: Record<string, string> =
      card.language === currentLanguage() ? {} : { lang: card.language };
    const title = el('h2', { id: `pick-${card.id}`, text: card.title, attrs: own });
    return el(
      'li',
      { className: 'pick-card' },
      title,
      el('p', { text: card.summary, attrs: own }),
      card.language === currentLanguage()
        ? null
        : el('p', {
            className: 'pick-language',
            text: t('picker.onlyIn', { language: languageName(card.language) }),
          }),
      el('p', {
        className: 'pick-meta',
        text: t('picker.cardMeta', { roles: card.roleCount, minutes: card.estimatedMinutes }),
      }),
      el(
        'div',
        { className: 'actions' },
        button(
          t('picker.play', { name: card.title }),
          () => actions.pick(card),
          index === 0 ? 'primary' : 'secondary',
        ),
        card.hasAccuracy ? aboutButton(card, title.id, actions.about) : null,
      ),
    );
  });
  const input = el('input', {
    id: 'scenario-file',
    attrs: { type: 'file', accept: '.yaml,.yml,.json,application/json,text/yaml' },
  });
  input.addEventListener('change', () => input.files && actions.loadFiles([...input.files]));
  const dropZone = el(
    'section',
    { className: 'drop-zone', attrs: { 'aria-labelledby': 'load-heading' } },
    el('h2', { id: 'load-heading', text: t('picker.loadHeading') }),
    el('p', {
      text: t('picker.loadHint'),
    }),
    el('label', {
      className: 'file-label',
      attrs: { for: 'scenario-file' },
      text: t('picker.fileLabel'),
    }),
    input,
    problems ? problemList(problems.fileName, problems.errors) : null,
  );
  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) actions.loadFiles(files);
  });

  const panel = el(
    'section',
    { className: 'panel', attrs: { 'aria-labelledby': heading.id } },
    heading,
    el('ul', { className: 'pick-list' }, ...cards),
    dropZone,
    button(t('menu.backToTitle'), actions.back),
  );
  return {
    nodes: [panel],
    focus: problems ? (dropZone.querySelector('h3') ?? heading) : heading,
    stage: { screen: 'scenario-picker' },
  };
}

/** "About this scenario", tied to its card's title so a screen reader says which scenario. */
function aboutButton(
  card: ScenarioCard,
  titleId: string,
  about: (card: ScenarioCard) => void,
): HTMLButtonElement {
  const control = button(t('menu.aboutScenario'), () => about(card), 'secondary about-link');
  control.setAttribute('aria-describedby', titleId);
  return control;
}

function problemList(fileName: string, errors: readonly ScenarioError[]): HTMLElement {
  const shown = errors.slice(0, 50);
  return el(
    'div',
    { className: 'problems', attrs: { role: 'alert' } },
    el('h3', {
      text: t('picker.cannotPlay', { file: fileName, count: errors.length }),
      attrs: { tabindex: '-1' },
    }),
    list(
      // Each shortened: an error may echo a huge id or value from the file.
      shown.map((e) =>
        shortenMessage(
          e.path
            ? t('picker.problemAtPath', {
                file: e.file,
                line: e.line,
                path: e.path,
                message: wordProblem(e.message),
              })
            : t('picker.problemAt', {
                file: e.file,
                line: e.line,
                message: wordProblem(e.message),
              }),
        ),
      ),
    ),
    errors.length > shown.length
      ? el('p', { text: t('picker.moreProblems', { count: errors.length - shown.length }) })
      : null,
  );
}
