/**
 * Start-up, in the order a player meets it: the DOM title is usable first; the game and Phaser,
 * the largest piece, load behind it; sound waits for the first gesture.
 */
import './ui/styles.css';
import { applyDisplaySettings, readDisplaySettings } from './ui/display-settings';
import {
  followAddress,
  openRoomWindow,
  requestedRoomWindow,
  showTitleScreen,
} from './ui/title-screen';
import { loadStageWhenIdle } from './ui/stage-loader';
import { startSoundBank } from './audio/sound-bank';
import { registerOfflineWorker } from './offline/register-offline-worker';

applyDisplaySettings(readDisplaySettings(), false);
showTitleScreen();
const roomWindow = requestedRoomWindow();
if (roomWindow) void openRoomWindow(roomWindow);
else followAddress();
loadStageWhenIdle();
// Silent until the player's first gesture; Howler itself loads only then. The presenter window
// stays silent: the room hears the projector.
if (roomWindow !== 'presenter') startSoundBank();
// After load and idle: the worker that keeps the game playable offline (http(s) builds only).
registerOfflineWorker();
