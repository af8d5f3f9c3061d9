// The game's sounds by name: what the rest of the game may ask for without fetching the synthesiser.
export const EFFECT_NAMES = ['messageIn', 'messageSent', 'choice', 'scoreUp', 'scoreDown', 'gavel', 'ending'] as const;
export type EffectName = (typeof EFFECT_NAMES)[number];
export type SoundName = EffectName | 'music';
export const SOUND_NAMES: readonly SoundName[] = [...EFFECT_NAMES, 'music'];
