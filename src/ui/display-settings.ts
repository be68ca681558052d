import { readStored, writeStored } from './safe-storage';

const displayKey = 'spillage.display';

/** How the page is shown: text size (1 = 100 %, up to 2 = 200 %) and the projector's large type. */
export interface DisplaySettings {
  textScale: number;
  projector: boolean;
}

const defaults: DisplaySettings = { textScale: 1, projector: false };

/** The kept display settings, or the defaults when none (or damaged ones) are kept. */
export function readDisplaySettings(): DisplaySettings {
  try {
    const data = JSON.parse(readStored(displayKey) ?? 'null') as Partial<DisplaySettings> | null;
    const scale =
      typeof data?.textScale === 'number'
        ? Math.min(2, Math.max(1, data.textScale))
        : defaults.textScale;
    return { textScale: scale, projector: data?.projector === true };
  } catch {
    return { ...defaults };
  }
}

/** Applies settings to the page and keeps them for the next visit. */
export function applyDisplaySettings(settings: DisplaySettings, keep = true): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('projector', settings.projector);
  if (keep) writeStored(displayKey, JSON.stringify(settings));
}
