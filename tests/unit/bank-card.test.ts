import { describe, expect, it } from 'vitest';
import { createStory, explore, nextSteps, type StoryState } from '../../src/core';
import { playThrough, shippedLevel } from './load';

const level = shippedLevel('bank-card');
const story = createStory(level);

/** Every complete play of the level, as its list of intents and final state. */
function allPlays(): { intents: string[]; state: StoryState }[] {
  const plays: { intents: string[]; state: StoryState }[] = [];
  const walk = (state: StoryState, intents: string[]) => {
    const steps = nextSteps(story, state);
    if (steps.length === 0) plays.push({ intents, state });
    for (const step of steps) walk(step.state, [...intents, step.intent]);
  };
  walk(story.start().state, []);
  return plays;
}

describe('the bank-card level (SPP typical case 1)', () => {
  const plays = allPlays();

  it('ends every one of its plays at an ending, with at least three decisions on the way', () => {
    expect(plays.length).toBe(158); // format 2: Lin's invitation can be taken up (friend.join), which reopens the card decisions; each decision offers a careful-sounding mistake
    for (const play of plays) {
      expect(play.state.status).toBe('ended');
      expect(play.state.trail.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('reaches all four endings: safe, stopped in time, in too deep, and a friend left to go alone', () => {
    const endings = new Set(plays.map((p) => p.state.at));
    expect([...endings].sort()).toEqual(['harmed-end', 'lin-went', 'recovered-end', 'safe-end']);
  });

  it('scores the safest play 60 and shows no consequence on it', () => {
    const { state, events } = playThrough(story, ['refuse', 'report', 'warn']);
    expect(state.score).toBe(60);
    expect(state.at).toBe('safe-end');
    expect(events.filter((e) => e.type === 'score').map((e) => e.type === 'score' && e.delta)).toEqual([20, 20, 20]);
    expect(events.some((e) => e.type === 'consequence')).toBe(false);
  });

  it('shows the real case after the cards are handed over, citing Art. 287-2 and the figures', () => {
    const { state, events } = playThrough(story, ['accept', 'continue', 'four-cards']);
    expect(state.status).toBe('consequence');
    expect(state.score).toBe(-50);
    const consequence = events.findLast((e) => e.type === 'consequence');
    if (consequence?.type !== 'consequence') throw new Error('no consequence');
    expect(consequence.node.case).toBe(1);
    expect(consequence.node.laws).toContain('criminal-287-2');
    expect(consequence.node.charge['zh-CN']).toBe('帮助信息网络犯罪活动罪');
    expect(consequence.node.happened['zh-CN']).toContain('108万元');
    expect(consequence.node.happened['zh-CN']).toContain('9.8万元');
    expect(consequence.node.happened.en).toContain('RMB 1.08 million');
    expect(consequence.node.happened.en).toContain('RMB 98,000');
    expect(consequence.node.happened.en).toContain('ten-month test period');
    expect(consequence.node.prosecutors['zh-CN']).toContain('督促监护令');
  });

  it('remembers that a classmate\'s ID was used and brings it up after the confession', () => {
    const withZhan = playThrough(story, ['accept', 'continue', 'four-cards', 'continue', 'confess']);
    const ownCard = playThrough(story, ['accept', 'continue', 'own-card', 'continue', 'confess']);
    const saysZhan = (events: typeof withZhan.events) => events.some((e) => e.type === 'message' && e.nodeId === 'zhan');
    expect(withZhan.state.flags.usedClassmate).toBe(true);
    expect(saysZhan(withZhan.events)).toBe(true);
    expect(saysZhan(ownCard.events)).toBe(false);
    expect(withZhan.state.at).toBe('recovered-end');
    expect(withZhan.state.score).toBe(-20);
  });

  it('leads a cover-up to a second consequence and the "in too deep" ending', () => {
    const { state, events } = playThrough(story, ['ask', 'give-in', 'continue', 'own-card', 'continue', 'cover-up', 'continue']);
    expect(events.filter((e) => e.type === 'consequence')).toHaveLength(3);
    expect(state.at).toBe('harmed-end');
    expect(state.score).toBe(-70);
  });

  it('lets a player back out before handing anything over', () => {
    const { state, events } = playThrough(story, ['accept', 'continue', 'back-out', 'warn']);
    expect(state.at).toBe('safe-end');
    expect(events.filter((e) => e.type === 'consequence').map((e) => e.type === 'consequence' && e.node.id)).toEqual(['lending-law']);
  });

  it('agrees with the explorer on the score range of all plays', () => {
    const scores = plays.map((p) => p.state.score);
    expect(explore(story).bounds).toEqual({ min: Math.min(...scores), max: Math.max(...scores) });
  });
});
