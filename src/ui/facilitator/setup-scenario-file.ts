import { el } from '../dom';
import { t } from '../../i18n/translate';

/** "Or load your own scenario file": the same files the game's scenario picker accepts. */
export function scenarioFileField(load: (file: File) => void): HTMLElement {
  const input = el('input', {
    id: 'setup-scenario-file',
    attrs: { type: 'file', accept: '.yaml,.yml,.json,application/json,text/yaml' },
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) load(file);
  });
  return el(
    'div',
    { className: 'setup-field' },
    el('label', {
      className: 'file-label',
      attrs: { for: input.id },
      text: t('setup.scenarioFile'),
    }),
    input,
  );
}
