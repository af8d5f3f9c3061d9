// Printing: the game's screen is a scaled layer over a canvas, which paper cannot use, so a
// print-only copy of the content is put outside the game, printed, and removed.
export function printOnly(content: HTMLElement): void {
  document.getElementById('print-root')?.remove();
  const root = document.createElement('div');
  root.id = 'print-root';
  root.append(content);
  document.body.append(root);
  window.addEventListener('afterprint', () => root.remove(), { once: true });
  window.print();
}
