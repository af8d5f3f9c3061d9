import { defineConfig } from 'vite';

export default defineConfig({
  // Relative paths: the build runs from any folder of any static server.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        // Phaser in its own chunk, as the official template does: it changes less often than the game.
        manualChunks: (id) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
