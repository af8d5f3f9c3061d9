// The seed that fixes the order of the choices for one play (src/core/shuffle.ts). A student's own
// play gets a fresh one; a class session passes its own fixed seed instead, so the projector, the
// votes, the debrief and the handout show the choices in the same places.
export const newPlaySeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0]!;
