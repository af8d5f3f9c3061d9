// Builds DOM elements for the accessible layer. Text is only ever set as textContent, so level
// text like "<img onerror=…>" is shown literally and never runs.
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  onClick?: () => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.onClick) node.addEventListener('click', options.onClick);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A real button whose accessible name is its visible text. */
export const button = (text: string, onClick: () => void, className = 'btn'): HTMLButtonElement =>
  el('button', { className, text, attrs: { type: 'button' }, onClick });

/**
 * A handler that acts once. For a button that leaves its screen: a scene change waits for the
 * next frame, and until then the button is still there to be clicked again (a clicker held down
 * repeats its key), which would start the next screen twice.
 */
export function once(act: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    act();
  };
}
