/**
 * Start-up, in the order a player meets it: the safety net first, so that no failure after it can
 * leave a dead page; the DOM title is usable next; the game and Phaser, the largest piece, load
 * behind it; sound waits for the first gesture. Each step is guarded on its own, so one failing
 * step opens the recovery dialog and the others still run.
 */
import { guarded, installSafetyNet } from './ui/safety-net';
import './ui/styles.css';
import { applyDisplaySettings, readDisplaySettings } from './ui/display-settings';
import {
  followAddress,
  openRoomWindow,
  requestedRoomWindow,
  showTitleScreen,
} from './ui/title-screen';
import { loadStageWhenIdle } from './ui/stage-loader';
import { startLanguage } from './ui/language';
import { loadGameMessages } from './i18n/game-messages';
import { wordTitleCard } from './ui/title-words';
import { startSoundBank } from './audio/sound-bank';
import { registerOfflineWorker } from './offline/register-offline-worker';

installSafetyNet();
guarded(() => applyDisplaySettings(readDisplaySettings(), false));
// Everything that words something waits for the page's language (German is its own chunk).
void startLanguage(loadGameMessages).then(() => {
  guarded(wordTitleCard);
  guarded(showTitleScreen);
  const roomWindow = guarded(requestedRoomWindow) ?? null;
  void guarded(() => (roomWindow ? openRoomWindow(roomWindow) : followAddress()));
  guarded(loadStageWhenIdle);
  // Silent until the player's first gesture; Howler itself loads only then. The presenter window
  // stays silent: the room hears the projector.
  if (roomWindow !== 'presenter') guarded(startSoundBank);
  // After load and idle: the worker that keeps the game playable offline (http(s) builds only).
  guarded(registerOfflineWorker);
});
