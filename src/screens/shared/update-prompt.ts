// Offline play and updates. After one visit a service worker (built by vite-plugin-pwa, see
// vite.config.ts) keeps the whole game, every level and the sound code on this computer, so it
// plays with the network off. When a new version is deployed it is downloaded in the background and
// this prompt offers to switch to it; the game never reloads under a class by itself.
/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { clock, whenIdle } from '../../services/clock';
import { t } from '../../services/i18n';
import { button, el } from './element';
import './update-prompt.css';

/** How often a long-running page (a lesson on the projector) asks again whether a new version is out. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The latest the service worker waits for the first screen (the notes window has none). */
const REGISTER_AT_THE_LATEST_MS = 10_000;

export function installUpdatePrompt(): void {
  // No service worker from a file opened by double-click (file://), nor where the browser has none.
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  // Installing the service worker fetches every file of the game (all levels too) to keep it: start
  // that once the first screen is up, so that on a slow school network it never delays the title.
  afterFirstScreen(() => whenIdle(register, 2000, 200));
}

function register(): void {
  const offer = () =>
    showPrompt(() => {
      // Reload once the new version has taken over, however it was found.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      void update(true);
    });
  const update = registerSW({
    immediate: true,
    onNeedRefresh: offer,
    onNeedReload: () => undefined, // the prompt's own reload, above
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A new version the browser began to install while this page loaded, before the register
      // call: workbox-window listens for updates from that call on, and misses this one.
      const installing = registration.installing;
      if (installing && navigator.serviceWorker.controller) {
        installing.addEventListener('statechange', () => installing.state === 'installed' && offer());
      }
      // Ask now, and then every hour: registering an existing service worker does not look for a
      // new version, and the browser's own look after a page load can wait for long.
      const check = () => {
        if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
      };
      check();
      const every = (): void =>
        clock().after(CHECK_EVERY_MS, () => {
          check();
          every();
        });
      every();
    },
  });
}

/** Calls back once a screen other than the loading screen is in the game's DOM layer. */
function afterFirstScreen(then: () => void): void {
  const game = document.getElementById('game');
  const shown = () => game?.querySelector('.screen:not(.loading-screen)');
  if (!game || shown()) return then();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new MutationObserver(() => shown() && finish());
  observer.observe(game, { childList: true, subtree: true });
  clock().after(REGISTER_AT_THE_LATEST_MS, finish);
}

function showPrompt(reload: () => void): void {
  if (document.querySelector('.update-prompt')) return;
  const later = button(t('update.later'), () => prompt.remove(), 'btn');
  const now = button(t('update.reload'), () => {
    now.disabled = true;
    reload();
  }, 'btn btn-primary');
  const prompt = el('aside', { className: 'update-prompt', attrs: { role: 'status', 'aria-label': t('update.label') } }, [
    el('p', { text: t('update.ready') }),
    el('div', { className: 'update-actions' }, [now, later]),
  ]);
  document.body.append(prompt);
}
