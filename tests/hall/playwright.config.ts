// The hall's screenshots (docs/hall/): not a test of the game but a camera, run by hand after a
// layout change (`npx vite build && npx playwright test -c tests/hall/playwright.config.ts`), never
// by `npm test`. It serves the build as the suite does.
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../../test-results/hall',
  timeout: 400_000,
  projects: [{ name: 'hall', use: base.projects![0]!.use }],
  // A web server's command runs where its config is: the build is served from the project's root.
  webServer: { ...(base.webServer as object), cwd: '../..' } as typeof base.webServer,
});
