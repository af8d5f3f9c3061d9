// Test helpers: shipped levels read from disk and parsed exactly as the game does.
import { readFileSync } from 'node:fs';
import { type Level, type Story, type StoryState } from '../../src/core';
import { parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

export function shippedLevel(id: string): Level {
  const file = `levels/${id}.json`;
  const parsed = parseLevel(file, readFileSync(file, 'utf8'), registry);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.level;
}

/** Plays a list of intents (choice ids, or "continue" at a consequence) and returns every event. */
export function playThrough(story: Story, intents: readonly string[]) {
  let step = story.start();
  const events = [...step.events];
  for (const intent of intents) {
    step = intent === 'continue' ? story.proceed(step.state) : story.choose(step.state, intent);
    events.push(...step.events);
  }
  return { state: step.state as StoryState, events };
}
