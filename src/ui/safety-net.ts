/**
 * The one safety net: an error or a rejected promise that nothing else handled (anywhere: the
 * start-up, a screen, a message from another window) opens a recovery dialog instead of leaving a
 * dead page. It says what happened in plain words and offers to go on or to start again from the
 * title. Recovery never deletes anything: saves, settings and kept sessions stay where they are.
 */
import { shortenMessage } from './shorten-text';
import { t } from '../i18n/translate';

const DIALOG_ID = 'recovery';
let installed = false;
let problemsSeen = 0;

/** Listens for unhandled errors and rejections; call it first, before anything else starts. */
export function installSafetyNet(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('error', (event) => {
    // A benign browser warning delivered as an error event: nothing stopped working.
    if (/ResizeObserver loop/.test(event.message)) return;
    showRecovery(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => showRecovery(event.reason));
}

/**
 * Runs one step of the start-up; a step that throws or rejects opens the recovery dialog, and the
 * steps after it still run (the title stays usable without the backdrop, sound or offline copy).
 */
export function guarded<T>(step: () => T): T | undefined {
  try {
    const result = step();
    if (result instanceof Promise) result.catch(showRecovery);
    return result;
  } catch (problem) {
    showRecovery(problem);
    return undefined;
  }
}

/** What went wrong, in the words a player or trainer would use. */
export function describeProblem(problem: unknown): string {
  const name = problem instanceof Error || problem instanceof DOMException ? problem.name : '';
  if (name === 'QuotaExceededError') return t('recovery.storageFull');
  if (name === 'SecurityError') return t('recovery.storageRefused');
  if (name === 'URIError') return t('recovery.addressDamaged');
  if (name === 'SyntaxError') return t('recovery.dataDamaged');
  return t('recovery.unexpected');
}

/** Opens the recovery dialog (or updates it, when it is already open) for `problem`. */
export function showRecovery(problem: unknown): void {
  problemsSeen += 1;
  try {
    const dialog = recoveryDialog();
    dialog.querySelector('.recovery-what')!.textContent = describeProblem(problem);
    dialog.querySelector('.recovery-detail')!.textContent = shortenMessage(technicalText(problem));
    const count = dialog.querySelector('.recovery-count')!;
    count.textContent =
      problemsSeen > 1 ? t('recovery.happenedTimes', { count: problemsSeen }) : '';
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function' && dialog.isConnected) dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLButtonElement>('.recovery-go-on')?.focus();
    }
  } catch (failure) {
    // The page itself is too broken for a dialog: the console is the last place left to say it.
    console.error('Spillage: the recovery screen could not open.', failure, problem);
  }
}

function technicalText(problem: unknown): string {
  if (problem instanceof Error) return `${problem.name}: ${problem.message}`;
  if (typeof problem === 'string') return problem;
  try {
    return JSON.stringify(problem) ?? String(problem);
  } catch {
    return String(problem);
  }
}

/** The dialog, built once from plain DOM so that it needs nothing else of the game to work. */
function recoveryDialog(): HTMLDialogElement {
  const existing = document.getElementById(DIALOG_ID);
  if (existing instanceof HTMLDialogElement) return existing;
  const dialog = document.createElement('dialog');
  dialog.id = DIALOG_ID;
  dialog.className = 'recovery';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-labelledby', 'recovery-heading');
  dialog.setAttribute('aria-describedby', 'recovery-what recovery-kept');
  const part = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  const heading = part('h2', 'recovery-heading', t('recovery.heading'));
  heading.id = 'recovery-heading';
  const what = part('p', 'recovery-what');
  what.id = 'recovery-what';
  const kept = part('p', 'recovery-kept', t('recovery.nothingDeleted'));
  kept.id = 'recovery-kept';
  const details = part('details', 'recovery-details');
  details.append(
    part('summary', '', t('recovery.browserReported')),
    part('p', 'recovery-detail'),
    part('p', 'recovery-count'),
  );
  const goOn = part('button', 'primary recovery-go-on', t('recovery.goOn'));
  goOn.setAttribute('type', 'button');
  goOn.addEventListener('click', () => dialog.close());
  const restart = part('button', 'secondary recovery-restart', t('recovery.restart'));
  restart.setAttribute('type', 'button');
  // Only the address changes: storage is left exactly as it is, so "Resume" is still offered.
  restart.addEventListener('click', () => window.location.assign(window.location.pathname));
  const actions = part('div', 'actions');
  actions.append(goOn, restart);
  dialog.append(heading, what, kept, details, actions);
  document.body.append(dialog);
  return dialog;
}
