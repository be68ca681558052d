import { scenarioCatalog, type ScenarioCard } from 'virtual:scenario-catalog';
import type { ScenarioError } from '../engine/scenario-error';
import { decodeShareCode, sessionFromShareCode } from '../engine/share-code';
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

/** The largest scenario file read at all; the loader's own limits are stricter (see docs). */
const largestFileRead = 4 * 1024 * 1024;

let controller: PlayController | null = null;
let installed = false;

/** Everything after the title: installs the menu and keys once, then shows the scenario picker. */
export function openScenarioPicker(
  problems: { fileName: string; errors: readonly ScenarioError[] } | null = null,
): void {
  installOnce();
  controller = null;
  const screen = scenarioPicker(
    scenarioCatalog,
    {
      pick: (card) => void playBuiltIn(card),
      loadFiles: (files) => void loadScenarioFile(files),
      back: backToTitle,
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
    showNotice(`Your saved progress can't be resumed. ${check.why}`);
    return false;
  }
  const { kept, origin } = check;
  controller = new PlayController(origin, { toScenarios: () => openScenarioPicker() });
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
  if (!decoded.ok) return refuseSharedPath(decoded.message);
  const origin = await builtInOrigin(scenarioCatalog.find((c) => c.id === decoded.path.scenarioId));
  if (!origin)
    return refuseSharedPath(
      `its scenario ('${decoded.path.scenarioId}') is not part of this game.`,
    );
  const replayed = sessionFromShareCode(origin.scenario, code);
  if (!replayed.ok) return refuseSharedPath(replayed.message);
  controller = new PlayController(origin, { toScenarios: () => openScenarioPicker() }, true);
  controller.showShared(replayed.session);
  return true;
}

function refuseSharedPath(reason: string): false {
  showNotice(`This shared path can't be shown: ${reason}`);
  return false;
}

async function playBuiltIn(card: ScenarioCard): Promise<void> {
  const origin = await builtInOrigin(card);
  if (!origin) return;
  controller = new PlayController(origin, { toScenarios: () => openScenarioPicker() });
  controller.render();
}

async function builtInOrigin(card: ScenarioCard | undefined): Promise<ScenarioOrigin | null> {
  return card ? { card, scenario: await card.load() } : null;
}

async function loadScenarioFile(files: File[]): Promise<void> {
  const file = files[0];
  if (!file) return;
  const tooLarge: ScenarioError = {
    file: file.name,
    path: '',
    line: 1,
    column: 1,
    code: 'too-large',
    message: `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a scenario file may be at most 2 MB`,
  };
  if (file.size > largestFileRead)
    return openScenarioPicker({ fileName: file.name, errors: [tooLarge] });
  const { loadScenario } = await import('../engine/load-scenario');
  const result = loadScenario([{ path: file.name, text: await file.text() }]);
  if (!result.ok) return openScenarioPicker({ fileName: file.name, errors: result.errors });
  const document = JSON.stringify(result.scenario);
  controller = new PlayController(
    {
      card: { id: result.scenario.id, title: result.scenario.title },
      scenario: result.scenario,
      customDocument: document,
    },
    { toScenarios: () => openScenarioPicker() },
  );
  controller.render();
}

async function customOrigin(documentJson: string): Promise<ScenarioOrigin | null> {
  const { loadScenario } = await import('../engine/load-scenario');
  const result = loadScenario([{ path: 'saved-scenario.json', text: documentJson }]);
  if (!result.ok) return null;
  return {
    card: { id: result.scenario.id, title: result.scenario.title },
    scenario: result.scenario,
    customDocument: documentJson,
  };
}

function backToTitle(): void {
  controller = null;
  void import('./title-screen').then(({ showTitleScreen }) => showTitleScreen());
}

function installOnce(): void {
  if (installed) return;
  installed = true;
  installMenu([
    {
      label: 'Restart this role',
      action: () => {
        const role = controller?.currentRole();
        if (controller && role) controller.start({ role });
      },
    },
    { label: 'Choose another scenario', action: () => openScenarioPicker() },
    { label: 'Back to the title', action: backToTitle },
    { label: 'Forget my saved progress', action: () => forgetProgress() },
  ]);
  installChoiceKeys();
  installSoundCaptions();
}
