/** Returns the path of a usable Chromium, or null (see find-chromium.mjs for the search order). */
export function findChromium(): string | null;
/** The message shown when no Chromium exists. */
export const installHint: string;
/** The flags that work headless on this project's machines (see the developers' guide). */
export const chromiumFlags: readonly string[];
