// Esc in a level asks first: a stray key (or a clicker's "blank" button sending Esc) mid-lesson
// must not drop the class to the level list. Esc again leaves; any other key, or "Keep playing",
// stays. The question is a dialog over the scene, in its scaled layer.
import type Phaser from 'phaser';
import { button, el } from './element';
import { t } from '../../services/i18n';
import './confirm-leave.css';

let open: { leave: () => void; stay: () => void } | undefined;

/** True while the question is on screen: the presenter's keys answer it (./presenter.ts). */
export const askingToLeave = (): boolean => open !== undefined;

/** Answers the open question by key: Esc leaves, anything else stays. */
export function answerLeave(key: string): void {
  if (!open) return;
  if (key === 'Escape') open.leave();
  else open.stay();
}

export function askToLeave(scene: Phaser.Scene, leave: () => void): void {
  if (open) return;
  const dialog = el('section', { className: 'confirm-leave', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'confirm-leave-heading' } }, [
    el('h2', { text: t('presenter.leaveAsk'), attrs: { id: 'confirm-leave-heading' } }),
    el('p', { text: t('presenter.leaveHint') }),
  ]);
  const object = scene.add.dom(0, 0, el('div', { className: 'screen confirm-leave-screen' }, [dialog])).setOrigin(0, 0).setDepth(1000);
  const close = () => {
    open = undefined;
    object.destroy();
  };
  const stayButton = button(t('presenter.leaveStay'), () => close(), 'btn btn-primary');
  dialog.append(el('div', { className: 'actions' }, [button(t('presenter.leaveYes'), () => (close(), leave()), 'btn'), stayButton]));
  open = { leave: () => (close(), leave()), stay: close };
  scene.events.once('shutdown', () => (open = undefined));
  scene.events.once('sleep', close);
  stayButton.focus({ preventScroll: true });
}
