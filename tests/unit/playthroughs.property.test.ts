// Property-based playthroughs of every shipped level: thousands of random plays, each picking
// among the intents nextSteps() offers with indices fast-check generates, checked against what the
// explorer claims about the level (its score bounds, its endings and the nodes it shows).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStory, nextSteps, starsFor, starsOf, choicesOf, hashSeed, seededRandom, type Story, type StoryEvent, type StoryState } from '../../src/core';
import { formatProblem, parseLevel } from '../../src/content/parse-level';
import { registry } from '../../src/content/registry';

/** Random plays per level. */
const RUNS = 2000;
/**
 * Some endings lie behind several careful choices in a row (skin-ban's safe ending: about 1 play in
 * 770), so 2,000 plays can miss one by chance. Plays then go on, seeded, until every node the
 * explorer shows is visited or this many more have run: a miss is then the explorer's error, not luck.
 */
const MORE_PLAYS = 50_000;

const shipped = readdirSync('levels')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `levels/${f}`);

/** The ids of the nodes a batch of events shows. */
function shownBy(events: readonly StoryEvent[]): string[] {
  return events.flatMap((e) =>
    e.type === 'message' || e.type === 'chose' ? [e.nodeId] : e.type === 'consequence' || e.type === 'ending' ? [e.node.id] : [],
  );
}

describe('the shipped levels', () => {
  it('include at least one level', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });
});

describe.each(shipped)('%s, played at random', (file) => {
  const parsed = parseLevel(file, readFileSync(file, 'utf8'), registry);

  it('parses', () => {
    expect(parsed.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(parsed.ok).toBe(true);
  });

  it(`never gets stuck, ends within the step limit with a score in bounds, and shows every node the explorer finds (${RUNS} plays)`, { timeout: 60_000 }, () => {
    if (!parsed.ok) throw new Error(`${file} does not parse:\n${parsed.problems.map(formatProblem).join('\n')}`);
    const story = createStory(parsed.level);
    const { bounds, shown, endings, states } = parsed.exploration;
    // A play that never comes back to a state takes at most one step per state; the margin
    // leaves room for levels whose loops a play may go round a few times.
    const stepLimit = 4 * states + 20;
    const visited = new Set<string>();

    fc.assert(
      fc.property(fc.array(fc.noBias(fc.nat()), { minLength: stepLimit, maxLength: stepLimit }), (picks) => {
        const { state, last, seen, trail } = play(story, stepLimit, (i) => picks[i]!);
        if (state.status !== 'ended') throw new Error(`no ending within ${stepLimit} steps: ${trail.join(' → ')}`);
        expect(story.node(state.at).type).toBe('ending');
        expect(endings.has(state.at)).toBe(true);
        expect(last).toMatchObject({ type: 'ending', score: state.score });
        expect(state.score, `final score of ${trail.join(' → ')}`).toBeGreaterThanOrEqual(bounds.min);
        expect(state.score, `final score of ${trail.join(' → ')}`).toBeLessThanOrEqual(bounds.max);
        for (const id of seen) visited.add(id);
        // Stars follow the rule on every play: from the choices taken and the ending's outcome,
        // and always among the counts the explorer says plays reach.
        const ending = story.node(state.at);
        const stars = starsOf(story, state);
        if (ending.type === 'ending') expect(stars).toBe(starsFor(choicesOf(story.level, state.trail), ending.outcome));
        expect(parsed.exploration.stars).toContain(stars);
      }),
      // Seeded by the file's name, so a failure reruns the same plays.
      { numRuns: RUNS, seed: hashSeed(file) },
    );

    const random = seededRandom(file);
    const notYet = () => [...shown].some((id) => !visited.has(id));
    for (let more = 0; more < MORE_PLAYS && notYet(); more++) {
      for (const id of play(story, stepLimit, () => Math.floor(random() * 2 ** 30)).seen) visited.add(id);
    }

    const missed = [...shown].filter((id) => !visited.has(id)).sort();
    expect(missed, `nodes the explorer shows but no random play visited in ${RUNS + MORE_PLAYS} runs`).toEqual([]);
  });
});

/** One play that takes, at each step, the intent `pick(step)` names among those offered. */
function play(story: Story, stepLimit: number, pick: (step: number) => number) {
  const begin = story.start();
  let state: StoryState = begin.state;
  let last: StoryEvent | undefined = begin.events.at(-1);
  const seen = shownBy(begin.events);
  const trail: string[] = [];
  for (let i = 0; i < stepLimit && state.status !== 'ended'; i++) {
    const steps = nextSteps(story, state);
    if (steps.length === 0) throw new Error(`stuck at "${state.at}" (${state.status}) after ${trail.join(' → ') || 'the start'}`);
    const step = steps[pick(i) % steps.length]!;
    trail.push(step.intent);
    state = step.state;
    seen.push(...shownBy(step.events));
    last = step.events.at(-1) ?? last;
  }
  return { state, last, seen, trail };
}
