import { requireElement } from './stage-loader';

/**
 * Swaps what #screen shows, moves focus to the new screen's heading and announces it, so that
 * keyboard and screen-reader users land where sighted users look.
 */
export function replaceScreen(nodes: Node[], focusTarget: HTMLElement | null): void {
  const screen = requireElement('screen');
  screen.replaceChildren(...nodes);
  const target = focusTarget ?? screen;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  requireElement('announcer').textContent = target.textContent ?? '';
}
