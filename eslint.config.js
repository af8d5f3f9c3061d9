// ESLint: typescript-eslint's recommended rules, plus the house's import boundaries as rules.
// The boundaries (each checked by tests/unit/lint-boundaries.test.ts, so a rule that stops firing fails):
// - src/core is the model: it imports zod and its own files, nothing else of the game.
// - a screen (src/screens/<a>/) imports no other screen (src/screens/<b>/); src/screens/shared/ is for all.
// - server code (server/) imports no screen.
// - src/class's rules (all of it but the browser side listed in server/tsconfig.json's "exclude") run
//   in the hub too: no DOM or browser globals, and no screen, art, studio, content or service import
//   (but services/text, written for Node too).
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { parse } from 'jsonc-parser';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * The browser side of src/class (the hub's client, the tokens it keeps, the UI's words), listed once:
 * server/tsconfig.json compiles the rest of src/class as the hub runs it (Node, no DOM), and
 * tests/unit/core-purity.test.ts reads the same list.
 */
const CLASS_BROWSER_SIDE = parse(readFileSync(new URL('./server/tsconfig.json', import.meta.url), 'utf8'))
  .exclude.filter((f) => f.startsWith('../src/class/'))
  .map((f) => f.slice('../'.length));

/** Names only a browser gives a script (the DOM, its storage, sockets and navigator), which the hub's Node must never need. */
const BROWSER_ONLY = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.es2021)),
  'localStorage', 'sessionStorage', 'navigator', 'WebSocket',
];

/** Not a shared folder: a `<name>` path segment that is a screen's own folder. */
const SCREEN = '(?!shared(?:/|$))[^./][^/]*';

/**
 * One block per depth inside a screen: a file in src/screens/<a>/ climbs one `../` to reach
 * src/screens/, a file in src/screens/<a>/<sub>/ two, and so on. Climbing exactly that far and then
 * into a folder other than shared/ is another screen. A path that spells `screens/<b>` out (from
 * deeper up) is caught the same way at every depth.
 */
const screenBlocks = [0, 1, 2, 3, 4].map((depth) => ({
  files: [`src/screens/*/${'*/'.repeat(depth)}*.{ts,js,mjs}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(?:\\.\\./){${depth + 1}}${SCREEN}`,
            message: 'A screen imports no other screen: move what both need to src/screens/shared/.',
          },
          {
            regex: `(?:^|/)screens/${SCREEN}`,
            message: 'A screen imports no other screen: move what both need to src/screens/shared/.',
          },
        ],
      },
    ],
  },
}));

export default defineConfig(
  {
    // As .gitignore: build output, test output, and scratch files (*.tmp.mjs) that come and go.
    ignores: ['node_modules/', 'dist/', 'dist-*/', 'kits/', 'test-results/', 'playwright-report/', 'public/', '**/*.tmp.*'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // `_`-prefixed names are deliberately unused (a callback's first argument, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Node: build scripts, the bench, the tests (Playwright's page callbacks also see the browser's), the configs.
    files: ['scripts/**', 'bench/**', 'tests/**', 'server/**', '*.config.{ts,js,mjs}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // CommonJS stand-ins for parts of Phaser's source (src/phaser-build/), bundled as Phaser's own files are.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests break levels on purpose by editing parsed JSON, which has no type to give.
      '@typescript-eslint/no-explicit-any': 'off',
      // Playwright's fixtures take their dependencies as a destructured first argument, `{}` for none.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\./(?!.*\\.\\./))',
              message: 'src/core is the model: it imports zod and its own files (./), nothing else of the game.',
            },
          ],
        },
      ],
    },
  },
  ...screenBlocks,
  {
    // src/class's rules: the hub (Node) imports them, the browser too. Checked three ways, as src/core is:
    // here, by server/tsconfig.json (Node, no DOM library) and by tests/unit/core-purity.test.ts.
    files: ['src/class/**/*.ts'],
    ignores: CLASS_BROWSER_SIDE,
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_ONLY.map((name) => ({
          name,
          message: `src/class's rules run in the hub (Node) too: no DOM or browser globals. The browser side is ${CLASS_BROWSER_SIDE.join(', ')}.`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // services/text is the one service written for Node too (i18next instances, no DOM).
              regex: '(?:^|/)(?:screens|art|studio|content)(?:/|$)|(?:^|/)services/(?!text$)|^(?:phaser|howler)(?:/|$)',
              message: "src/class's rules run in the hub (Node) too: they import core, zod, services/text and each other, never the game's screens, other services or art.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(?:^|/)screens(?:/|$)',
              message: 'Server code imports no screen: what both need belongs in src/core, src/content or src/class.',
            },
          ],
        },
      ],
    },
  },
);
