// The live spot-the-sign round: the contacts' messages that led to a decision, replayed from the trail.
import { describe, expect, it } from 'vitest';
import { createStory } from '../../src/core';
import { ClientMessage, PROTOCOL_VERSION } from '../../src/class/protocol';
import { hasSigns, messagesBefore, signRound } from '../../src/class/sign-round';
import { shippedLevel } from './load';

describe('spot-the-sign round', () => {
  const level = shippedLevel('bank-card');
  const story = createStory(level);

  it('offers the contacts’ messages before the first decision, tricky and harmless told apart', () => {
    const first = story.start();
    const messages = messagesBefore(story, first.state);
    const contacts = new Set(level.characters.filter((c) => c.role === 'contact').map((c) => c.id));
    const expected = first.events.flatMap((e) => (e.type === 'message' && contacts.has(e.from) ? [e.nodeId] : []));
    expect(messages.map((m) => m.id)).toEqual(expected);
    expect(hasSigns(level)).toBe(true);
    expect(messages.some((m) => m.tricky)).toBe(true);
    const round = signRound(story, messages, 'signs.1');
    expect(ClientMessage.safeParse({ v: PROTOCOL_VERSION, t: 'host.open', round }).success).toBe(true);
  });

  it('at a later decision, only the messages since the one before', () => {
    const first = story.start();
    const choice = story.choices(first.state)[0]!;
    let step = story.choose(first.state, choice.id);
    while (step.state.status === 'consequence') step = story.proceed(step.state);
    if (step.state.status !== 'choosing') return; // this path ends at once: nothing more to check
    const messages = messagesBefore(story, step.state);
    const firstIds = new Set(messagesBefore(story, first.state).map((m) => m.id));
    expect(messages.every((m) => !firstIds.has(m.id))).toBe(true);
  });
});
