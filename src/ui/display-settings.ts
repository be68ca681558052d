import { readStored, writeStored } from './safe-storage';

/**
 * Where the settings are kept: the projector window keeps its own, so its large type (on unless
 * its menu turns it off) never enlarges the game or the presenter.
 */
function projectorWindow(): boolean {
  return document.documentElement.dataset.roomWindow === 'projector';
}
const displayKey = (): string =>
  projectorWindow() ? 'spillage.display.projector' : 'spillage.display';

/** How the page is shown: text size (1 = 100 %, up to 2 = 200 %) and the projector's large type. */
export interface DisplaySettings {
  textScale: number;
  projector: boolean;
}

const defaults: DisplaySettings = { textScale: 1, projector: false };

/** The kept display settings, or the defaults when none (or damaged ones) are kept. */
export function readDisplaySettings(): DisplaySettings {
  try {
    const data = JSON.parse(readStored(displayKey()) ?? 'null') as Partial<DisplaySettings> | null;
    const scale =
      typeof data?.textScale === 'number'
        ? Math.min(2, Math.max(1, data.textScale))
        : defaults.textScale;
    const projector = typeof data?.projector === 'boolean' ? data.projector : projectorWindow();
    return { textScale: scale, projector };
  } catch {
    return { ...defaults, projector: projectorWindow() };
  }
}

/** Applies settings to the page and keeps them for the next visit. */
export function applyDisplaySettings(settings: DisplaySettings, keep = true): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('projector', settings.projector);
  if (keep) writeStored(displayKey(), JSON.stringify(settings));
}
