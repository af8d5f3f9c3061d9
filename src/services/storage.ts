// Local storage that never throws: private windows, full disks and blocked storage all behave as
// "nothing saved". Nothing stored here ever leaves the device.
const PREFIX = 'see-through:';

export function load(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function save(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Storage unavailable: the setting lasts for this visit only.
  }
}
