// The build uses the game's own Phaser (src/phaser-build/phaser.ts), which holds only the game
// objects and scene systems the game uses. Using another one works in the dev server (the full
// package) and breaks only in the build: this test names what src/phaser-build/phaser.ts is
// missing, before the build is run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PHASER = 'node_modules/phaser/src';
const entry = readFileSync('src/phaser-build/phaser.ts', 'utf8');
const imported = new Set([...entry.matchAll(/from '(phaser-source\/[^']+)'|import '(phaser-source\/[^']+)'/g)].map((m) => (m[1] ?? m[2])!.replace('phaser-source/', '')));

function filesUnder(folder: string, test: (file: string) => boolean): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && test(f.name))
    .map((f) => join(f.parentPath, f.name));
}

const gameCode = filesUnder('src', (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .filter((file) => !file.startsWith(join('src', 'phaser-build')))
  .map((file) => readFileSync(file, 'utf8'))
  // Only code that uses Phaser: elsewhere `this.load(` is a class's own method, not Phaser's loader.
  .filter((code) => /from 'phaser'/.test(code))
  .join('\n');

/** `this.add.circle(`, `scene.add.dom(`, …: the factory names the game calls. */
const factoriesUsed = [...new Set([...gameCode.matchAll(/\b(?:this|scene|this\.scene)\.add\.(\w+)\(/g)].map((m) => m[1]!))].sort();

/** Which file of Phaser's sources registers each factory name. */
const factoryFiles = new Map<string, string>();
for (const file of filesUnder(join(PHASER, 'gameobjects'), (name) => name.endsWith('Factory.js'))) {
  for (const m of readFileSync(file, 'utf8').matchAll(/GameObjectFactory\.register\('(\w+)'/g)) {
    factoryFiles.set(m[1]!, file.slice(PHASER.length + 1).split('\\').join('/'));
  }
}

describe("the game's own Phaser (src/phaser-build/phaser.ts)", () => {
  it('finds the game objects the game makes', () => {
    expect(factoriesUsed).toEqual(expect.arrayContaining(['dom', 'graphics']));
  });

  it.each(factoriesUsed)('loads the factory for this.add.%s', (name) => {
    const file = factoryFiles.get(name);
    expect(file, `no Phaser factory registers "${name}"`).toBeDefined();
    expect(imported, `src/phaser-build/phaser.ts must import 'phaser-source/${file}'`).toContain(file);
  });

  it('loads the plugin of every scene system the game uses', () => {
    const plugins: Record<string, string> = {
      tweens: 'tweens/TweenManager.js',
      time: 'time/Clock.js',
      input: 'input/InputPlugin.js',
      'input.keyboard': 'input/keyboard/KeyboardPlugin.js',
      load: 'loader/LoaderPlugin.js',
      data: 'data/DataManagerPlugin.js',
      lights: 'gameobjects/lights/LightsPlugin.js',
      'input.gamepad': 'input/gamepad/GamepadPlugin.js',
    };
    const used = Object.keys(plugins).filter((system) => new RegExp(`\\b(?:this|scene)\\.${system.replace('.', '\\.')}\\b`).test(gameCode));
    const missing = used.filter((system) => !imported.has(plugins[system]!));
    expect(missing, `scene systems used but not loaded in src/phaser-build/phaser.ts`).toEqual([]);
  });

  it('has every class the game names with new or instanceof', () => {
    const named = [...new Set([...gameCode.matchAll(/\b(?:new|instanceof) Phaser\.([\w.]+)/g)].map((m) => m[1]!))];
    const leafs = named.map((path) => path.split('.').pop()!);
    expect(leafs.filter((leaf) => !new RegExp(`\\b${leaf}\\b`).test(entry.replace(/^\s*\/\/.*$/gm, '')))).toEqual([]);
  });

  it('has every namespace the game names (Phaser.Core, Phaser.Scale, …)', () => {
    // Phaser.Types is types only; the rest must be a key of the object src/phaser-build/phaser.ts exports, or
    // one of Phaser's constants (AUTO, CANVAS, …), which it merges in.
    const constants = new Set([...readFileSync(join(PHASER, 'const.js'), 'utf8').matchAll(/^\s+([A-Z_]+):/gm)].map((m) => m[1]!));
    const namespaces = [...new Set([...gameCode.matchAll(/\bPhaser\.([A-Z]\w*)\b/g)].map((m) => m[1]!))].filter((name) => name !== 'Types' && !constants.has(name));
    expect(namespaces).toContain('Scale');
    expect(namespaces.filter((name) => !new RegExp(`^\\s+${name}[,:]`, 'm').test(entry))).toEqual([]);
  });
});
