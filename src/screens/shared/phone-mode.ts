// Whether the screen is laid out as a phone (./phone-layout.css): the same media query, for the few
// things the layout changes beyond CSS (the story waits on the feedback, ../chat/playback.ts).
// Projected, never.
import { projectorMode } from '../../services/settings';

export const PHONE_QUERY = '(max-width: 820px), (orientation: portrait)';

export const phoneLayout = (): boolean => !projectorMode() && (globalThis.matchMedia?.(PHONE_QUERY).matches ?? false);
