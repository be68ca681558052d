/**
 * Start-up, in the order a player meets it: the DOM title is usable first; Phaser, the largest
 * piece, loads behind it and draws the atmosphere when it is ready.
 */
import './ui/styles.css';
import { showTitleScreen } from './ui/title-screen';
import { loadStageWhenIdle } from './ui/stage-loader';

showTitleScreen();
loadStageWhenIdle();
