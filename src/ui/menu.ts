import {
  getAudioSettings,
  onAudioSettingsChange,
  setMuted,
  setVolume,
} from '../audio/audio-settings';
import { applyDisplaySettings, readDisplaySettings } from './display-settings';
import { button, el } from './dom';
import { requireElement } from './stage-loader';
import { t } from '../i18n/translate';
import { languageField } from './language-field';

/** One of the ways out of the current screen the menu offers besides settings. */
export interface MenuItem {
  label: string;
  action: () => void;
  /** Offered only while this holds (asked each time the menu opens); always when absent. */
  available?: () => boolean;
}

/**
 * The menu: a modal dialog opened by the Menu button or Esc (Esc closes it again), with text
 * size, projector mode, sound, and the ways out of the current session.
 */
export function installMenu(items: readonly MenuItem[]): void {
  const dialog = el('dialog', { className: 'menu', attrs: { 'aria-labelledby': 'menu-heading' } });
  const close = (then?: () => void) => () => {
    dialog.close();
    then?.();
  };
  const display = readDisplaySettings();
  const itemButtons = items.map((item) => ({
    item,
    control: button(item.label, close(item.action)),
  }));

  const textSize = rangeField(
    'text-size',
    t('menu.textSize'),
    100,
    200,
    25,
    Math.round(display.textScale * 100),
    (value) => t('menu.percent', { value }),
    (value) => {
      display.textScale = value / 100;
      applyDisplaySettings(display);
    },
  );
  const projector = checkboxField(
    'projector-mode',
    t('menu.projectorMode'),
    display.projector,
    (on) => {
      display.projector = on;
      applyDisplaySettings(display);
    },
  );
  const audio = getAudioSettings();
  const volume = rangeField(
    'volume',
    t('menu.volume'),
    0,
    100,
    5,
    Math.round(audio.volume * 100),
    (value) => t('menu.percent', { value }),
    (v) => setVolume(v / 100),
  );
  const mute = checkboxField('mute', t('menu.mute'), audio.muted, (on) => setMuted(on));
  onAudioSettingsChange((settings) => {
    (mute.querySelector('input') as HTMLInputElement).checked = settings.muted;
  });

  dialog.append(
    el('h2', { id: 'menu-heading', text: t('menu.heading') }),
    el('fieldset', {}, el('legend', { text: t('menu.display') }), textSize, projector),
    languageField('menu-language'),
    el('fieldset', {}, el('legend', { text: t('menu.sound') }), volume, mute),
    el(
      'div',
      { className: 'menu-actions' },
      ...itemButtons.map(({ control }) => control),
      button(t('menu.close'), close(), 'primary'),
    ),
  );
  document.body.append(dialog);

  const open = (): void => {
    if (dialog.open) return;
    for (const { item, control } of itemButtons) control.hidden = !(item.available?.() ?? true);
    dialog.showModal();
  };
  const menuButton = button(t('menu.open'), open, 'menu-button');
  menuButton.setAttribute('aria-keyshortcuts', 'Escape');
  requireElement('top-bar').append(menuButton);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !dialog.open && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      open();
    }
  });
}

function rangeField(
  id: string,
  label: string,
  min: number,
  max: number,
  step: number,
  value: number,
  format: (value: number) => string,
  change: (value: number) => void,
): HTMLElement {
  const input = el('input', {
    id,
    attrs: { type: 'range', min: String(min), max: String(max), step: String(step) },
  });
  input.value = String(value);
  const output = el('output', { attrs: { for: id }, text: format(value) });
  input.addEventListener('input', () => {
    output.textContent = format(Number(input.value));
    input.setAttribute('aria-valuetext', format(Number(input.value)));
    change(Number(input.value));
  });
  input.setAttribute('aria-valuetext', format(value));
  return el(
    'div',
    { className: 'field' },
    el('label', { attrs: { for: id }, text: label }),
    input,
    output,
  );
}

function checkboxField(
  id: string,
  label: string,
  checked: boolean,
  change: (on: boolean) => void,
): HTMLElement {
  const input = el('input', { id, attrs: { type: 'checkbox' } });
  input.checked = checked;
  input.addEventListener('change', () => change(input.checked));
  return el(
    'div',
    { className: 'field checkbox' },
    input,
    el('label', { attrs: { for: id }, text: label }),
  );
}
