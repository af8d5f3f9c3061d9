// The public face of the scenario engine. Pure TypeScript: it imports nothing but zod.
export * from './schema';
export { createStory, allHold, testCondition, StoryError } from './story';
export type { Story, StoryState, StoryEvent, Step, Status, Flags, FlagValue } from './story';
export { explore, nextSteps, starsFor } from './explore';
export type { Exploration } from './explore';
export { checkLevel } from './check-level';
export type { LevelIssue, LevelReport, Path } from './check-level';
export * from './quiz';
export { whatIf } from './what-if';
export type { Alternative } from './what-if';
export * from './progress';
