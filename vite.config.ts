import { defineConfig, type Plugin } from 'vite';

/**
 * Level files hot-reload in the dev server: instead of reloading the page (which would drop the
 * teacher back at the title), tell the game a level changed; it re-reads the levels and reopens
 * the screen it was on. Added or removed files still reload the page.
 */
function levelsHotReload(): Plugin {
  return {
    name: 'levels-hot-reload',
    handleHotUpdate({ file, modules, server }) {
      if (!/\/levels\/[^/]+\.json$/.test(file)) return;
      for (const module of modules) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'custom', event: 'levels-changed', data: { file } });
      return [];
    },
  };
}

export default defineConfig({
  // Relative paths: the build runs from any folder of any static server.
  base: './',
  plugins: [levelsHotReload()],
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
