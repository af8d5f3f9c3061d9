// The last line of defence: any uncaught error replaces the game with a friendly message, a
// reload button and the error's text for the teacher, never a frozen canvas.
import { t } from '../../services/i18n';
import { button, el } from './element';

let shown = false;

const say = (key: string, fallback: string): string => {
  try {
    const text = t(key, { defaultValue: fallback });
    return text && text !== key ? text : fallback;
  } catch {
    return fallback;
  }
};

export function showErrorScreen(error: unknown): void {
  if (shown) return;
  shown = true;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const screen = el('div', { className: 'error-screen', attrs: { role: 'alertdialog', 'aria-labelledby': 'error-heading', 'aria-describedby': 'error-body' } }, [
    el('div', { className: 'error-card' }, [
      el('h1', { text: say('error.heading', '出错了 · Something went wrong'), attrs: { id: 'error-heading' } }),
      el('p', { text: say('error.body', '请重新加载。Please reload.'), attrs: { id: 'error-body' } }),
      button(say('error.reload', '重新加载 · Reload'), () => location.reload(), 'btn btn-primary'),
      el('details', {}, [el('summary', { text: say('error.details', 'Details') }), el('pre', { text: detail })]),
    ]),
  ]);
  document.body.append(screen);
  screen.querySelector('button')?.focus();
}

export function installErrorScreen(): void {
  window.addEventListener('error', (event) => showErrorScreen(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => showErrorScreen(event.reason));
}
