import { announceStage } from '../../stage/stage-events';
import { replaceScreen } from '../screen-host';
import type { Screen } from '../screens/screen';

/**
 * Shows a screen. On the same place (a timer started, votes entered), focus stays on the control
 * that had it and nothing is announced; somewhere new, focus moves to the heading as usual.
 */
export function showScreen(screen: Screen, samePlace: boolean): void {
  const focusedId = document.activeElement?.id ?? '';
  if (!samePlace) {
    replaceScreen(screen.nodes, screen.focus, screen.announce);
    announceStage(screen.stage);
    return;
  }
  const host = document.getElementById('screen');
  host?.replaceChildren(...screen.nodes);
  const again = focusedId ? document.getElementById(focusedId) : null;
  (again ?? screen.focus).focus({ preventScroll: true });
}
