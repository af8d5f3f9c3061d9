// What a page knows of the class hub without talking to it: whether the hub served it, the secret
// or seat token this browser keeps, and the level a self-paced student's "Open the game" named.
// Apart from ./client.ts, whose frames are checked with the protocol's schemas (zod): the title
// asks these on every start, and its JavaScript does not carry zod for it.
const SECRET_KEY = 'see-through:class-secret';
const TOKEN_KEY = 'see-through:class-token';

const kept = (area: () => Storage) => ({
  get: (key: string): string | null => {
    try {
      return area().getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string | null): void => {
    try {
      if (value === null) area().removeItem(key);
      else area().setItem(key, value);
    } catch {
      // Storage blocked: the session lasts as long as this page.
    }
  },
});
const perOrigin = kept(() => localStorage);
const perTab = kept(() => sessionStorage);
export const savedSecret = () => perOrigin.get(SECRET_KEY);
export const savedToken = () => perTab.get(TOKEN_KEY);
export const saveSecret = (secret: string | null) => perOrigin.set(SECRET_KEY, secret);
export const saveToken = (token: string | null) => perTab.set(TOKEN_KEY, token);

/**
 * Whether the hub served this page: it marks the page it serves with <meta name="class-hub">, so a
 * static deployment or the one-file build asks nothing of the network to find out.
 */
export const servedByHub = (): boolean =>
  typeof document !== 'undefined' && /^https?:$/.test(location.protocol) && document.querySelector('meta[name="class-hub"]') !== null;

let opened = false;

/** The level a self-paced student's "Open the game" named (./?class&level=<id>), until the game has opened it once. */
export function classLevel(search = location.search): string | null {
  if (opened || !servedByHub() || !savedToken()) return null;
  const params = new URLSearchParams(search);
  const id = params.has('class') ? params.get('level') : null;
  return id && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(id) ? id : null;
}

/** The game opened the named level: back on the title, the student chooses freely. */
export const classLevelOpened = (): void => void (opened = true);
