import { announceStage } from '../../stage/stage-events';
import { replaceScreen } from '../screen-host';
import type { Screen } from '../screens/screen';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the facilitator has typed or picked and not yet sent, by field id. */
function unsentValues(host: HTMLElement): Map<string, string> {
  const kept = new Map<string, string>();
  for (const field of host.querySelectorAll<Field>('input[id], textarea[id], select[id]')) {
    const edited =
      field instanceof HTMLSelectElement
        ? [...field.options].some((option) => option.selected !== option.defaultSelected)
        : field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')
          ? false
          : field.value !== field.defaultValue;
    if (edited) kept.set(field.id, field.value);
  }
  return kept;
}

/**
 * Shows a screen. On the same place (a timer started, votes entered), focus stays on the control
 * that had it and nothing is announced; somewhere new, focus moves to the heading as usual. When
 * `sameState` (drawn again because phones joined or voted), what the facilitator was typing and
 * has not sent stays in its field.
 */
export function showScreen(screen: Screen, samePlace: boolean, sameState = false): void {
  const focusedId = document.activeElement?.id ?? '';
  if (!samePlace) {
    replaceScreen(screen.nodes, screen.focus, screen.announce);
    announceStage(screen.stage);
    return;
  }
  const host = document.getElementById('screen');
  if (!host) return;
  const typed = sameState ? unsentValues(host) : new Map<string, string>();
  host.replaceChildren(...screen.nodes);
  for (const [id, value] of typed) {
    const field = document.getElementById(id);
    if (
      field instanceof HTMLInputElement ||
      field instanceof HTMLTextAreaElement ||
      field instanceof HTMLSelectElement
    )
      field.value = value;
  }
  const again = focusedId ? document.getElementById(focusedId) : null;
  (again ?? screen.focus).focus({ preventScroll: true });
}
