import { scenarioCatalog, type ScenarioCard } from 'virtual:scenario-catalog';
import type { ScenarioError } from '../engine/scenario-error';
import { decodeShareCode, sessionFromShareCode } from '../engine/share-code';
import { wordProblem } from '../i18n/problem-words';
import { PlayController, type ScenarioOrigin } from './play-controller';
import { checkProgressText, setAsideNote, type KeptProgress } from './kept-progress';
import {
  forgetProgress,
  readProgressText,
  readSetAsideProgress,
  setProgressAside,
} from './progress-store';
import { replaceScreen, showNotice } from './screen-host';
import { scenarioPicker } from './screens/scenario-picker';
import { installMenu } from './menu';
import { installChoiceKeys } from './choice-keys';
import { installSoundCaptions } from './sound-captions';
import { announceStage } from '../stage/stage-events';
import {
  checkScenarioText,
  loadScenarioFile as checkScenarioFile,
} from './loading/load-scenario-file';
import { hasAboutPanel, openAboutPanel } from './parts/about-scenario';
import type { Scenario } from '../engine/schema';
import { t } from '../i18n/translate';

let controller: PlayController | null = null;
/** The scenario being played, for the menu's "About this scenario". */
let playing: Scenario | null = null;
let installed = false;

/** Everything after the title: installs the menu and keys once, then shows the scenario picker. */
export function openScenarioPicker(
  problems: { fileName: string; errors: readonly ScenarioError[] } | null = null,
): void {
  installOnce();
  controller = null;
  playing = null;
  const screen = scenarioPicker(
    scenarioCatalog,
    {
      pick: (card) => void playBuiltIn(card),
      loadFiles: (files) => void loadScenarioFile(files),
      back: backToTitle,
      about: (card) => void card.load().then(openAboutPanel),
    },
    problems,
  );
  replaceScreen(screen.nodes, screen.focus);
  announceStage(screen.stage);
}

/**
 * Resumes kept progress once it reads back in full; false when there is none, or when it cannot
 * be resumed (then it is set aside unchanged, and the notice and the title say why).
 */
export async function resumeKeptProgress(): Promise<boolean> {
  const text = readProgressText();
  if (text === null) return false;
  installOnce();
  const check = await checkProgressText(text, originOf);
  if (!check.ok) {
    if (!check.passing) setProgressAside(text);
    showNotice(t('progress.cannotResume', { why: check.why }));
    return false;
  }
  const { kept, origin } = check;
  controller = new PlayController(origin, { toScenarios: () => openScenarioPicker() });
  playing = origin.scenario;
  controller.resume(kept);
  return true;
}

/**
 * What the title offers for kept progress: Resume only when it reads back in full (progress that
 * does not is set aside), and a note on any save set aside, saying why it cannot be resumed.
 */
export async function titleProgress(): Promise<{ resumable: boolean; note: HTMLElement | null }> {
  const text = readProgressText();
  let resumable = false;
  if (text !== null) {
    const check = await checkProgressText(text, originOf);
    // A check that could not finish leaves Resume to try again, and sets nothing aside.
    resumable = check.ok || check.passing === true;
    if (!resumable) setProgressAside(text);
  }
  const aside = readSetAsideProgress();
  if (aside === null) return { resumable, note: null };
  const check = await checkProgressText(aside, originOf);
  return { resumable, note: setAsideNote(aside, check.ok ? null : check.why) };
}

function originOf(kept: KeptProgress): Promise<ScenarioOrigin | null> {
  return kept.customScenario
    ? customOrigin(kept.customScenario)
    : builtInOrigin(scenarioCatalog.find((card) => card.id === kept.scenarioId));
}

/** Opens a shared path (`#/path/<code>`) read-only; false when the code is not playable here. */
export async function openSharedPath(code: string): Promise<boolean> {
  installOnce();
  const decoded = decodeShareCode(code);
  if (!decoded.ok) return refuseSharedPath(wordProblem(decoded.message));
  const origin = await builtInOrigin(scenarioCatalog.find((c) => c.id === decoded.path.scenarioId));
  if (!origin)
    return refuseSharedPath(t('progress.sharedScenarioMissing', { id: decoded.path.scenarioId }));
  const replayed = sessionFromShareCode(origin.scenario, code);
  if (!replayed.ok) return refuseSharedPath(wordProblem(replayed.message));
  controller = new PlayController(origin, { toScenarios: () => openScenarioPicker() }, true);
  playing = origin.scenario;
  controller.showShared(replayed.session, replayed.reflection);
  return true;
}

function refuseSharedPath(reason: string): false {
  showNotice(t('progress.cannotShowShared', { reason }));
  return false;
}

async function playBuiltIn(card: ScenarioCard): Promise<void> {
  const origin = await builtInOrigin(card);
  if (!origin) return;
  controller = new PlayController(origin, { toScenarios: () => openScenarioPicker() });
  playing = origin.scenario;
  controller.render();
}

async function builtInOrigin(card: ScenarioCard | undefined): Promise<ScenarioOrigin | null> {
  return card ? { card, scenario: await card.load() } : null;
}

/** Checks a chosen file as `npm run check:scenarios` does, and plays it or lists its problems. */
async function loadScenarioFile(files: File[]): Promise<void> {
  const file = files[0];
  if (!file) return;
  const result = await checkScenarioFile(file);
  if (!result) return; // cancelled: the picker is still there
  if (!result.ok) return openScenarioPicker({ fileName: file.name, errors: result.errors });
  // The text is kept as it was accepted, so that resuming reads exactly what passed the check.
  controller = new PlayController(
    {
      card: { id: result.scenario.id, title: result.scenario.title },
      scenario: result.scenario,
      customDocument: result.text,
    },
    { toScenarios: () => openScenarioPicker() },
  );
  playing = result.scenario;
  controller.render();
}

/** The kept text of a loaded scenario, checked again as it was when it was accepted. */
async function customOrigin(text: string): Promise<ScenarioOrigin | null> {
  const result = await checkScenarioText(t('progress.savedScenario'), text);
  if (!result?.ok) return null;
  return {
    card: { id: result.scenario.id, title: result.scenario.title },
    scenario: result.scenario,
    customDocument: text,
  };
}

function backToTitle(): void {
  controller = null;
  playing = null;
  void import('./title-screen').then(({ showTitleScreen }) => showTitleScreen());
}

function installOnce(): void {
  if (installed) return;
  installed = true;
  installMenu([
    {
      label: t('menu.restartRole'),
      action: () => {
        const role = controller?.currentRole();
        if (controller && role) controller.start({ role });
      },
    },
    {
      label: t('menu.aboutScenario'),
      action: () => {
        if (playing) openAboutPanel(playing);
      },
      available: () => playing !== null && hasAboutPanel(playing),
    },
    { label: t('menu.otherScenario'), action: () => openScenarioPicker() },
    { label: t('menu.backToTitle'), action: backToTitle },
    { label: t('menu.forgetProgress'), action: () => forgetProgress() },
  ]);
  installChoiceKeys();
  installSoundCaptions();
}
