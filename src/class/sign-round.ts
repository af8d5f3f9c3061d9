// The spot-the-sign round of a live class session: before a decision, the contacts' messages that
// led to it go to every device ("which of these are a trick?"); each device flags any of them; at
// the reveal the projector shows how many flagged each, and which really had signs of manipulation.
// Pure helpers here; the panel is in src/screens/chat/live-vote.ts.
import type { Level, LocalText, Story, StoryState } from '../core';
import { both } from '../services/text';
import { MAX_SIGN_OPTIONS, MAX_TEXT, type RoundSpec } from './protocol';

export interface SignMessage {
  id: string;
  text: LocalText;
  /** Whether the level marks signs of manipulation in it (false: a harmless message). */
  tricky: boolean;
}

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/**
 * The contacts' messages shown since the decision before this one (or since the start): the story
 * is replayed along the state's trail, which is deterministic, so this needs no record of the chat.
 */
export function messagesBefore(story: Story, state: StoryState): SignMessage[] {
  const level: Level = story.level;
  let step = story.start();
  let since = [...step.events];
  const onFrom = () => {
    while (step.state.status === 'consequence') {
      step = story.proceed(step.state);
      since.push(...step.events);
    }
  };
  // The steps taken since the story's start (a play from a node in the studio starts with the way there).
  for (const taken of state.trail.slice(step.state.trail.length)) {
    onFrom();
    step = story.choose(step.state, taken.choice);
    since = [...step.events];
  }
  onFrom();
  const contacts = new Set(level.characters.filter((c) => c.role === 'contact').map((c) => c.id));
  return since
    .flatMap((e) => (e.type === 'message' && contacts.has(e.from) ? [e] : []))
    .map((e) => {
      const node = level.nodes.find((n) => n.id === e.nodeId);
      const tricky = node?.type === 'message' && (node.signs?.length ?? 0) > 0;
      return { id: e.nodeId, text: { 'zh-CN': clip(e.text['zh-CN']), en: clip(e.text.en) }, tricky };
    })
    .slice(-MAX_SIGN_OPTIONS);
}

/** Whether a level has signs at all: a level written before format 2 gets no spot-the-sign round. */
export const hasSigns = (level: Level): boolean => level.nodes.some((n) => n.type === 'message' && (n.signs?.length ?? 0) > 0);

export function signRound(story: Story, messages: readonly SignMessage[], id: string): RoundSpec {
  return {
    id,
    kind: 'signs',
    levelId: story.level.id,
    prompt: both('class.signsPrompt'),
    options: messages.map((m) => ({ id: m.id, text: m.text })),
  };
}
