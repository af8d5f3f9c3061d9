// The bare Phaser page, built the same way as the game (same Vite, target and chunking), but from
// the full `phaser` package as an ordinary project would use it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from '../scripts/precompress-plugin';

export default defineConfig({
  root: fileURLToPath(new URL('./bare/', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [precompress()], // served as the game is: precompressed (scripts/static-server.ts)
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
    emptyOutDir: true,
    rollupOptions: {
      output: { manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined) },
    },
  },
});
