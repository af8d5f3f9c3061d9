// Local storage that never throws: private windows, full disks and blocked storage all behave as
// "nothing saved". Nothing stored here ever leaves the device.
const PREFIX = 'see-through:';

/** The key under which `key` is stored (a storage event from another window names it so). */
export const storageKey = (key: string): string => PREFIX + key;

export function load(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when nothing could be saved (storage full or blocked). */
export function save(key: string, value: string): boolean {
  try {
    globalThis.localStorage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false; // Storage unavailable: it lasts for this visit only.
  }
}

export function remove(key: string): void {
  try {
    globalThis.localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
