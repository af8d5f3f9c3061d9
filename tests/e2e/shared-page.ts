// The worker's page, shared by its tests (./fixtures.ts): made once per set of context options,
// and between tests put back as a new page would be — listeners, init scripts and routes the test
// added removed, other windows closed, the network back on, every origin's local storage,
// session storage, IndexedDB and cookies cleared, and the page left on about:blank — so that each
// test still begins with its own page.goto. What stays is what a returning visitor's browser keeps
// anyway: the HTTP cache, compiled scripts and the service worker with its files. Anything the
// test changed that cannot be put back (its viewport, emulated media, exposed functions, more than
// one site's session storage) costs a new page in the same context instead.
import type { Browser, BrowserContext, Page } from '@playwright/test';

interface Slot {
  context: BrowserContext;
  page?: Page;
}

/** The worker's contexts and pages, by the options they were made with. */
export type SharedPages = Map<string, Slot>;

type Emitter = Page | BrowserContext;
type Listener = (...args: any[]) => unknown;

/** The listeners on an emitter now, by event, to take away only those added later. */
function listenersOf(emitter: Emitter): Map<string | symbol, Set<Listener>> {
  const raw = emitter as unknown as { eventNames(): (string | symbol)[]; listeners(event: string | symbol): Listener[] };
  return new Map(raw.eventNames().map((event) => [event, new Set(raw.listeners(event))]));
}

function removeAddedListeners(emitter: Emitter, before: Map<string | symbol, Set<Listener>>): void {
  const raw = emitter as unknown as { eventNames(): (string | symbol)[]; listeners(event: string | symbol): Listener[]; removeListener(event: string | symbol, l: Listener): void };
  for (const event of raw.eventNames()) {
    for (const listener of raw.listeners(event)) if (!before.get(event)?.has(listener)) raw.removeListener(event, listener);
  }
}

/**
 * Replaces some of an object's methods for one test: `record` sees each call's result. Returns the
 * way back (the prototype's methods show through again).
 */
function intercept<T extends object>(target: T, names: string[], record: (name: string, result: unknown) => void): () => void {
  const own = target as Record<string, unknown>;
  for (const name of names) {
    const original = own[name] as (...args: unknown[]) => Promise<unknown>;
    own[name] = async (...args: unknown[]) => {
      const result = await original.apply(target, args);
      record(name, result);
      return result;
    };
  }
  return () => {
    for (const name of names) delete own[name];
  };
}

/**
 * Puts a page's tab in front of the other tabs of its context. A tab behind another gets one
 * animation frame a second in headless Chromium, and every Playwright click waits for two: call it
 * after a test opens a second window (a popup, a page of its own) and goes on in the first.
 */
export const toFront = (page: Page): Promise<void> => page.bringToFront();

const httpOrigin = (url: string): string | undefined => (/^https?:/.test(url) ? new URL(url).origin : undefined);

/** Lends the slot's page to one test (`use`), then puts it back as a new page would be. */
export async function sharedPage(browser: Browser, pages: SharedPages, key: string, prepare: (page: Page) => Promise<void>, use: (page: Page) => Promise<void>): Promise<void> {
  let slot = pages.get(key);
  if (!slot) {
    slot = { context: await browser.newContext() };
    pages.set(key, slot);
  }
  const { context } = slot;
  if (!slot.page || slot.page.isClosed()) {
    slot.page = await context.newPage();
    await prepare(slot.page);
  }
  const page = slot.page;

  const listeners = { page: listenersOf(page), context: listenersOf(context) };
  const origins = new Set<string>();
  const watchOrigins = (p: Page) => p.on('framenavigated', (frame) => {
    const origin = frame === p.mainFrame() ? httpOrigin(frame.url()) : undefined;
    if (origin) origins.add(origin);
  });
  watchOrigins(page);
  context.on('page', watchOrigins);
  const scripts: { dispose(): Promise<void> }[] = [];
  let pageSpoilt = false;
  let contextSpoilt = false;
  let offline = false;
  const restore = [
    intercept(page, ['addInitScript'], (_, d) => scripts.push(d as { dispose(): Promise<void> })),
    intercept(context, ['addInitScript'], (_, d) => scripts.push(d as { dispose(): Promise<void> })),
    intercept(page, ['setViewportSize', 'emulateMedia', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders'], () => (pageSpoilt = true)),
    intercept(context, ['exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders', 'setGeolocation', 'grantPermissions', 'setHTTPCredentials'], () => (contextSpoilt = true)),
    intercept(context, ['setOffline'], () => (offline = true)),
    intercept(page.clock, ['install', 'setFixedTime', 'setSystemTime'], () => (contextSpoilt = true)),
  ];

  try {
    await use(page);
  } finally {
    for (const undo of restore) undo();
    removeAddedListeners(page, listeners.page);
    removeAddedListeners(context, listeners.context);
    for (const other of context.pages()) if (other !== page) await other.close().catch(() => undefined);
    if (!page.isClosed()) await toFront(page).catch(() => (pageSpoilt = true));
    await page.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    await context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    for (const script of scripts) await script.dispose().catch(() => undefined);
    if (offline) await context.setOffline(false);
    if (contextSpoilt) {
      pages.delete(key);
      await context.close().catch(() => undefined);
    } else if (!page.isClosed()) {
      // Session storage belongs to the page: cleared in it, for the site it is on, before leaving.
      if (httpOrigin(page.url())) await page.evaluate(() => (sessionStorage.clear(), localStorage.clear())).catch(() => (pageSpoilt = true));
      await page.goto('about:blank').catch(() => (pageSpoilt = true));
      // What the game saved as it unloaded, and every other origin's storage, cleared from outside.
      const cdp = await context.newCDPSession(page);
      for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,indexeddb,websql,file_systems,cookies' });
      await cdp.detach();
      await context.clearCookies();
      if (origins.size > 1) pageSpoilt = true; // another site's session storage is out of reach
      if (pageSpoilt) await page.close();
    }
  }
}
