// A screen's layout numbers as CSS custom properties: a screen's layout.ts holds the positions its
// Phaser drawing and its DOM layer must agree on, and its CSS reads them (var(--chat-log-x)), so
// each number is written once. { log: { x: 690 } } with prefix "chat" gives --chat-log-x: 690px.
const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `numbers`: an object whose leaves are numbers (design pixels). */
export function layoutVars(prefix: string, numbers: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(numbers)) {
    const key = `${prefix}-${kebab(name)}`;
    if (typeof value === 'number') out[`--${key}`] = `${value}px`;
    else if (value && typeof value === 'object') Object.assign(out, layoutVars(key, value as object));
  }
  return out;
}

/** Sets a layout's custom properties on a screen's root, where its CSS rules find them. */
export function applyLayout(root: HTMLElement, prefix: string, numbers: object): void {
  for (const [name, value] of Object.entries(layoutVars(prefix, numbers))) root.style.setProperty(name, value);
}
