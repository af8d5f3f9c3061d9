// Phaser's own CommonJS sources (node_modules/phaser/src), reached through the `phaser-source`
// alias in vite.config.ts. They carry no types of their own: src/phaser-build/phaser.ts gives the namespace it
// assembles the official types.
declare module 'phaser-source/*' {
  const value: unknown;
  export default value;
}
