// The import boundaries in eslint.config.js fire where they should and stay quiet where they should not.
// A pattern that silently stops matching (a moved folder, a mistyped regex) would let the house decay
// with `npm run lint` still green, so each rule is tried on a forbidden and an allowed import.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports (and -globals) messages for one line of code, as if it were the given file. */
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

const cases: [file: string, code: string, forbidden: boolean][] = [
  // src/core: zod and its own files only.
  ['src/core/story.ts', "import { z } from 'zod';", false],
  ['src/core/story.ts', "import { check } from './check-level';", false],
  ['src/core/story.ts', "import type { Settings } from '../services/settings';", true],
  ['src/core/story.ts', "import Phaser from 'phaser';", true],
  ['src/core/story.ts', "import { readFileSync } from 'node:fs';", true],
  ['src/core/story.ts', "export { t } from '../services/i18n';", true],
  ['src/core/rules/stars.ts', "import { x } from './../../content/quiz';", true],
  // A screen: its own files, shared/, and the rest of the game, but no other screen.
  ['src/screens/chat/chat-scene.ts', "import { el } from '../shared/element';", false],
  ['src/screens/chat/chat-scene.ts', "import { vote } from './decision-vote';", false],
  ['src/screens/chat/chat-scene.ts', "import { createStory } from '../../core';", false],
  ['src/screens/chat/chat-scene.ts', "import { t } from '../../services/i18n';", false],
  ['src/screens/chat/chat-scene.ts', "import type { EndingData } from '../ending/ending-scene';", true],
  ['src/screens/chat/chat-scene.ts', "import { x } from '../../screens/ending/ending-scene';", true],
  ['src/screens/chat/widgets/bubble.ts', "import { layout } from '../layout';", false],
  ['src/screens/chat/widgets/bubble.ts', "import { el } from '../../shared/element';", false],
  ['src/screens/chat/widgets/bubble.ts', "import { open } from '../../settings/settings-scene';", true],
  ['src/screens/shared/presenter.ts', "import { keys } from './scene-keys';", false],
  // Outside the screens, the game puts them together: no rule.
  ['src/game.ts', "import { ChatScene } from './screens/chat/chat-scene';", false],
  // src/class's rules run in the hub too: no DOM, no screen or service; its browser side may use both.
  ['src/class/hub-state.ts', "import { parseStep } from '../core/trail';", false],
  ['src/class/points.ts', "import type { Level } from '../core';", false],
  ['src/class/points.ts', "import { el } from '../screens/shared/element';", true],
  ['src/class/sign-round.ts', "import { t } from '../services/i18n';", true],
  ['src/class/sign-round.ts', "import { both } from '../services/text';", false],
  ['src/class/hub-state.ts', 'export const title = () => document.title;', true],
  ['src/class/protocol.ts', 'export const here = () => window.location.href;', true],
  ['src/class/summary-csv.ts', 'export const at = () => new Date(0).toISOString() + Math.max(1, 2);', false],
  ['src/class/ui-text.ts', "import { t } from '../services/i18n';", false],
  ['src/class/client.ts', "export const token = () => localStorage.getItem('t') ?? document.title;", false],
  // Server code: no screen.
  ['server/hub.ts', "import { hubState } from '../src/class/hub-state';", false],
  ['server/hub.ts', "import { el } from '../src/screens/shared/element';", true],
];

// The first case loads ESLint and typescript-eslint's parser: seconds on a cold, busy machine.
describe('the import boundaries', { timeout: 30_000 }, () => {
  it.each(cases)('%s: %s → forbidden %s', async (file, code, forbidden) => {
    const messages = await restricted(file, code);
    expect(messages.length > 0, messages.join('\n')).toBe(forbidden);
  });
});
