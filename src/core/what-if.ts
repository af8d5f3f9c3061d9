// "What if": for a decision already taken, what each other choice would have led to: its feedback
// and the first real consequence it shows, for the class to discuss.
import type { Choice, NodeOf } from './schema';
import type { Story, StoryState } from './story';

export interface Alternative {
  readonly choice: Choice;
  /** The consequence shown straight after this choice, if it leads to one. */
  readonly consequence?: NodeOf<'consequence'>;
}

/** The other choices offered in `before` (a state waiting at a decision) than `taken`. */
export function whatIf(story: Story, before: StoryState, taken: string): Alternative[] {
  return story
    .choices(before)
    .filter((c) => c.id !== taken)
    .map((choice) => {
      const shown = story.choose(before, choice.id).events.find((e) => e.type === 'consequence');
      return shown?.type === 'consequence' ? { choice, consequence: shown.node } : { choice };
    });
}
