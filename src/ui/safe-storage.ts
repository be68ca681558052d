/**
 * localStorage that never throws: private windows, full disks and blocked storage all fall back to
 * memory for this visit, and `storageWorks()` lets the UI tell the player that progress won't be kept.
 */
const memory = new Map<string, string>();
let broken = false;

function backing(): Storage | null {
  if (broken) return null;
  try {
    return window.localStorage;
  } catch {
    broken = true;
    return null;
  }
}

/** Reads a value, from storage if possible, else from this visit's memory. */
export function readStored(key: string): string | null {
  try {
    return backing()?.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    broken = true;
    return memory.get(key) ?? null;
  }
}

/** Writes a value; returns false when it could only be kept in memory. */
export function writeStored(key: string, value: string): boolean {
  memory.set(key, value);
  try {
    const storage = backing();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    broken = true;
    return false;
  }
}

/** Removes a value everywhere. */
export function removeStored(key: string): void {
  memory.delete(key);
  try {
    backing()?.removeItem(key);
  } catch {
    broken = true;
  }
}

/** False once storage has failed during this visit (or was never available). */
export function storageWorks(): boolean {
  if (broken) return false;
  const probe = 'spillage.probe';
  return writeStored(probe, '1') && (removeStored(probe), !broken);
}
