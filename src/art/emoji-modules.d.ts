// Modules made at build time by scripts/emoji-plugin.ts.
declare module 'virtual:emoji-list' {
  /** The emoji of the shipped text that have a bundled picture, longest first. */
  const list: string[];
  export default list;
}
declare module 'virtual:emoji-pictures' {
  /** Each bundled emoji's Twemoji SVG as a data: address. */
  const pictures: Record<string, string>;
  export default pictures;
}
