// Presenter keys for projector mode, which a USB clicker also sends (PageDown / PageUp):
// → PageDown Space advance, ← PageUp go back, 1–4 choose, + − count a vote, B blank the screen,
// F full screen, S reveal a sign of manipulation in the chat (or a consequence's detail), Esc leave
// (in a level, after asking: ./confirm-leave.ts). The top-most awake scene that registered controls gets them; other
// screens advance by pressing their main button.
import type Phaser from 'phaser';
import { toast } from './toast';
import { t } from '../../services/i18n';
import { projectorMode } from '../../services/settings';
import { load, save } from '../../services/storage';
import { answerLeave, askingToLeave } from './confirm-leave';

export interface PresenterControls {
  advance?(): void;
  back?(): void;
  choose?(index: number): void;
  adjust?(delta: 1 | -1): void;
  /** S: the class called out a sign; the presenter reveals it. */
  reveal?(): void;
  leave?(): void;
}

const controls = new WeakMap<Phaser.Scene, PresenterControls>();

/** Gives a scene its presenter keys while it runs. */
export function setPresenter(scene: Phaser.Scene, handlers: PresenterControls): void {
  controls.set(scene, handlers);
  scene.events.once('shutdown', () => controls.delete(scene));
}

let blank: HTMLElement | undefined;

function toggleBlank(): void {
  blank ??= Object.assign(document.body.appendChild(document.createElement('div')), { className: 'blank-screen', hidden: true });
  blank.hidden = !blank.hidden;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Listens for presenter keys; only in projector mode, and never while typing in a field. */
export function installPresenterKeys(game: Phaser.Game): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (!projectorMode() || event.ctrlKey || event.metaKey || event.altKey) return;
      // Not while typing in a field, nor in the level studio (a desk tool: its keys are its own).
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select, .studio')) return;
      const key = event.key;
      if (blank && !blank.hidden && key !== 'b' && key !== 'B') {
        toggleBlank(); // any key brings the picture back
        event.preventDefault();
        return;
      }
      // "Leave this level?" is open: Esc again leaves, any other key stays (Tab and Enter work its buttons).
      if (askingToLeave() && key !== 'Tab' && key !== 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        answerLeave(key);
        return;
      }
      const scene = game.scene.getScenes(true).reverse().find((s) => controls.has(s));
      const handlers = scene ? controls.get(scene)! : {};
      const act = (fn: (() => void) | undefined) => {
        event.preventDefault();
        event.stopPropagation();
        fn?.();
      };
      if (['ArrowRight', 'PageDown', ' '].includes(key)) act(handlers.advance ?? pressMainButton);
      else if (['ArrowLeft', 'PageUp'].includes(key)) act(handlers.back);
      else if (/^[1-4]$/.test(key) && handlers.choose) act(() => handlers.choose!(Number(key) - 1));
      else if ((key === '+' || key === '=') && handlers.adjust) act(() => handlers.adjust!(1));
      else if ((key === '-' || key === '_') && handlers.adjust) act(() => handlers.adjust!(-1));
      else if ((key === 's' || key === 'S') && handlers.reveal) act(handlers.reveal);
      else if (key === 'b' || key === 'B') act(toggleBlank);
      else if (key === 'f' || key === 'F') act(toggleFullscreen);
      else if (key === 'Escape' && handlers.leave) act(handlers.leave);
    },
    { capture: true },
  );
}

/** On screens without their own controls, "advance" presses the screen's main button. */
export function pressMainButton(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.screen .btn-primary')].filter((b) => b.offsetParent !== null);
  buttons.at(-1)?.click();
}

/** The list of presenter keys, shown once per session when projector mode is in use. */
export function showPresenterHintOnce(): void {
  if (!projectorMode() || load('presenter-hint-shown') === 'true') return;
  save('presenter-hint-shown', 'true');
  toast(t('presenter.hint'), 9000, { top: true }); // at the top: the title's buttons are at the bottom
}
