// A play's trail: the decisions it took, in order, each as the decision's node id and the id of the
// choice made there. The engine, the screens and the class hub's rules read these fields; nothing
// parses a string. Only the class hub's wire and its session files write a step as one string,
// "node/choice" (kept so that old session files and devices still read): stepKey and parseStep
// below are the one place that form is written and read.

/** One decision a play took. */
export interface TrailStep {
  /** The decision's node id. */
  readonly node: string;
  /** The id of the choice taken there. */
  readonly choice: string;
}

/** A step as the class hub's wire and session files write it: "node/choice". */
export const stepKey = (step: TrailStep): string => `${step.node}/${step.choice}`;

/**
 * The step a "node/choice" string stands for, cut at the last slash (a choice id has none);
 * undefined for a string with no slash or an empty part.
 */
export function parseStep(key: string): TrailStep | undefined {
  const cut = key.lastIndexOf('/');
  if (cut <= 0 || cut === key.length - 1) return undefined;
  return { node: key.slice(0, cut), choice: key.slice(cut + 1) };
}
