// The game's sound: effects and menu music, synthesised in ./sound/synth.ts and played through
// howler. Nothing sounds, and no AudioContext or Howl exists, before the player's first gesture
// with the sound on; where audio is unavailable every call quietly does nothing. Volume, mute and
// the hall preset are remembered on this computer. See docs/sound.md.
//
// howler and the synthesiser are fetched once the title is up (they are outside the title's JS
// budget); a first gesture that comes before they arrive starts the sound when they do, since the
// browser remembers that the page was activated.
import type { Howl } from 'howler';
import { clock, whenIdle } from './clock';
import { EFFECT_NAMES, type EffectName, type SoundName } from './sound/names';
import { load, save } from './storage';

type Engine = Pick<typeof import('howler'), 'Howl' | 'Howler'> & typeof import('./sound/synth');
let engine: Engine | undefined;
let engineLoading: Promise<Engine> | undefined;
const loadEngine = (): Promise<Engine> =>
  (engineLoading ??= Promise.all([import('howler'), import('./sound/synth')]).then(([{ Howl, Howler }, synth]) => (engine = { Howl, Howler, ...synth })));

export type SoundEffect = EffectName;
export const SOUND_EFFECTS: readonly SoundEffect[] = EFFECT_NAMES;

export interface AudioState {
  /** The player's volume, 0 to 1 (before the hall preset). */
  volume: number;
  muted: boolean;
  hallPreset: boolean;
  /** False once it is known that this browser cannot play audio. */
  available: boolean;
  /** True once the first gesture has started audio. */
  started: boolean;
}

const DEFAULT_VOLUME = 0.8;
/** The hall preset raises the master level and every sound's level by this much (capped at 1). */
const HALL_BOOST = 1.6;
/**
 * Each sound's level, before the hall preset. All are at most 1 / HALL_BOOST, so the preset raises
 * music and effects alike and the balance between them stays as it is. The music sits well under
 * the effects: it is there to be ignored.
 */
const LEVELS: Readonly<Record<SoundName, number>> = {
  messageIn: 0.5,
  messageSent: 0.4,
  choice: 0.45,
  scoreUp: 0.55,
  scoreDown: 0.5,
  gavel: 0.6,
  ending: 0.6,
  music: 0.22,
};
const MUSIC_FADE_IN_MS = 1500;
const MUSIC_FADE_OUT_MS = 700;
/** Events that can count as the first gesture (the browser decides which carry user activation). */
const GESTURES = ['pointerdown', 'pointerup', 'touchend', 'keydown', 'click'] as const;

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

function savedVolume(): number {
  const saved = load('audio-volume');
  const value = saved === null ? Number.NaN : Number(saved);
  return Number.isFinite(value) ? clamp01(value) : DEFAULT_VOLUME;
}

let playerVolume = savedVolume();
let isMuted = load('audio-muted') === 'true';
let hall = load('audio-hall') === 'true';

/** waiting: for the first gesture; ready: sounds made; unavailable: no audio here, stay silent. */
let phase: 'idle' | 'waiting' | 'ready' | 'unavailable' = 'idle';
const effects = new Map<SoundEffect, Howl>();
let music: Howl | null = null;
let musicId: number | undefined;
let musicWanted = false;
let musicState: 'stopped' | 'playing' | 'fadingOut' = 'stopped';
let musicScheduled = false;
let musicFadeOuts = 0;

const masterLevel = (): number => (hall ? Math.min(1, playerVolume * HALL_BOOST) : playerVolume);
const level = (name: SoundName): number => (hall ? Math.min(1, LEVELS[name] * HALL_BOOST) : LEVELS[name]);

export function audioState(): AudioState {
  return { volume: playerVolume, muted: isMuted, hallPreset: hall, available: phase !== 'unavailable', started: phase === 'ready' };
}

function hasAudioContext(): boolean {
  const scope = globalThis as { AudioContext?: unknown; webkitAudioContext?: unknown };
  return typeof scope.AudioContext === 'function' || typeof scope.webkitAudioContext === 'function';
}

/**
 * Call once at start-up. Makes no sound and creates nothing: it waits for the player's first
 * pointer or key press, then creates the audio context and synthesises the effects, inside that
 * gesture, so the browser lets them play.
 */
export function initAudio(): void {
  if (phase !== 'idle' || typeof window === 'undefined') return;
  if (!hasAudioContext()) {
    phase = 'unavailable';
    return;
  }
  phase = 'waiting';
  for (const type of GESTURES) window.addEventListener(type, onGesture, { capture: true, passive: true });
  whenIdle(() => void loadEngine().catch(() => undefined), 3000, 200);
}

/** The browser's record of whether the page has had a gesture (undefined where it keeps none). */
const userActivation = (): UserActivation | undefined => (navigator as { userActivation?: UserActivation }).userActivation;

/** True when the event lets the page start audio: the browser says so, or the event is of a kind that does. */
function activates(event: Event): boolean {
  const activation = userActivation();
  if (activation) return activation.hasBeenActive;
  if (event.type === 'pointerdown') return (event as PointerEvent).pointerType === 'mouse';
  if (event.type === 'pointerup') return (event as PointerEvent).pointerType !== 'mouse';
  if (event.type === 'keydown') return (event as KeyboardEvent).key !== 'Escape';
  return true;
}

function onGesture(event: Event): void {
  if (phase !== 'waiting' || !activates(event)) return;
  // Muted, nothing is made: no AudioContext (whose audio thread would run all lesson long for
  // nothing on a school PC or a phone), no sound synthesised. Unmuting starts it (setMuted).
  if (isMuted) return;
  begin();
}

/** Starts the sound, inside a gesture or once the page has had one. */
function begin(): void {
  for (const type of GESTURES) window.removeEventListener(type, onGesture, { capture: true });
  if (engine) start(engine);
  else
    loadEngine().then(start, () => {
      phase = 'unavailable';
    });
}

function start({ Howler }: Engine): void {
  try {
    Howler.volume(masterLevel()); // creates the AudioContext, inside the gesture
    Howler.mute(isMuted);
    if (!Howler.usingWebAudio || Howler.noAudio || !Howler.ctx) throw new Error('no Web Audio');
    for (const name of SOUND_EFFECTS) effects.set(name, makeHowl(name));
    phase = 'ready';
  } catch {
    phase = 'unavailable';
    effects.clear();
  }
  syncMusic();
}

/** Synthesises one sound, wraps it in a WAV held in a Blob URL, and hands it to howler. */
function makeHowl(name: SoundName): Howl {
  const { Howl, encodeWav, renderSound, SAMPLE_RATE } = engine!; // made only once phase is 'ready'
  const wav = encodeWav(renderSound(name), SAMPLE_RATE);
  const url = URL.createObjectURL(new Blob([wav], { type: 'audio/wav' }));
  const release = () => URL.revokeObjectURL(url); // howler keeps the decoded audio
  return new Howl({
    src: [url],
    format: ['wav'],
    volume: level(name),
    loop: name === 'music',
    onload: release,
    onloaderror: release,
  });
}

/** Plays an effect. Does nothing before the first gesture, while muted, or without audio. */
export function playSound(name: SoundEffect): void {
  if (phase !== 'ready' || isMuted || playerVolume === 0) return;
  try {
    effects.get(name)?.play();
  } catch {
    // Audio failed: stay silent.
  }
}

/** Starts the menu music looping (fading in), now or as soon as the first gesture allows. */
export function startMusic(): void {
  musicWanted = true;
  syncMusic();
}

/** Fades the menu music out and stops it. */
export function stopMusic(): void {
  musicWanted = false;
  syncMusic();
}

/** Brings the music in line with what is wanted: playing when asked for and not muted. */
function syncMusic(): void {
  if (phase !== 'ready') return;
  const shouldPlay = musicWanted && !isMuted;
  if (!music) {
    // The music takes longest to synthesise: do it after the gesture's event, the first time it is wanted.
    if (shouldPlay && !musicScheduled) {
      musicScheduled = true;
      clock().after(0, () => {
        try {
          music = makeHowl('music');
        } catch {
          return; // no music, effects still play
        }
        syncMusic();
      });
    }
    return;
  }
  const howl = music;
  try {
    if (shouldPlay && musicState === 'stopped') {
      musicId = howl.play();
      howl.fade(0, level('music'), MUSIC_FADE_IN_MS, musicId);
      musicState = 'playing';
    } else if (shouldPlay && musicState === 'fadingOut') {
      fade(howl, currentMusicVolume(howl), level('music'), MUSIC_FADE_IN_MS / 2, musicId);
      musicState = 'playing';
    } else if (!shouldPlay && musicState !== 'stopped' && isMuted) {
      howl.stop(musicId); // the master is muted already: no fade to hear
      musicState = 'stopped';
    } else if (!shouldPlay && musicState === 'playing') {
      const id = musicId;
      const fadeOut = ++musicFadeOuts;
      musicState = 'fadingOut';
      fade(howl, currentMusicVolume(howl), 0, MUSIC_FADE_OUT_MS, id);
      // Stop on our own timer: howler sends no 'fade' event when the fade has nothing to do.
      clock().after(MUSIC_FADE_OUT_MS + 50, () => {
        if (musicState !== 'fadingOut' || fadeOut !== musicFadeOuts) return; // started again meanwhile
        musicState = 'stopped';
        try {
          howl.stop(id);
        } catch {
          // Audio failed: stay silent.
        }
      });
    }
  } catch {
    // Audio failed: stay silent.
  }
}

/** A fade, or a plain volume change when there is nothing to fade (howler would never finish that fade). */
function fade(howl: Howl, from: number, to: number, ms: number, id: number | undefined): void {
  if (id === undefined) return;
  if (Math.abs(from - to) < 0.01) howl.volume(to, id);
  else howl.fade(from, to, ms, id);
}

function currentMusicVolume(howl: Howl): number {
  const value = musicId === undefined ? undefined : howl.volume(musicId);
  return typeof value === 'number' ? value : level('music');
}

/** Applies the master level and each sound's level (after a volume or preset change). */
function applyLevels(): void {
  if (phase !== 'ready') return;
  try {
    engine?.Howler.volume(masterLevel());
    for (const [name, howl] of effects) howl.volume(level(name));
    if (music && musicState === 'playing' && musicId !== undefined) music.volume(level('music'), musicId);
  } catch {
    // Audio failed: stay silent.
  }
}

/** Sets the player's volume, 0 to 1, and remembers it. */
export function setVolume(v: number): void {
  if (!Number.isFinite(v)) return;
  playerVolume = Math.round(clamp01(v) * 100) / 100;
  save('audio-volume', String(playerVolume));
  applyLevels();
}

/** Mutes or unmutes everything, and remembers it. The music stops while muted and comes back after. */
export function setMuted(m: boolean): void {
  isMuted = m;
  save('audio-muted', String(m));
  // Unmuted by a click (the settings' "sound on"): the page has had its gesture, so the sound can start now.
  if (!m && phase === 'waiting' && userActivation()?.hasBeenActive) begin();
  if (phase === 'ready') {
    try {
      engine?.Howler.mute(m);
    } catch {
      // Audio failed: stay silent.
    }
    syncMusic();
  }
}

/** Flips mute; returns whether it is now muted. */
export function toggleMute(): boolean {
  setMuted(!isMuted);
  return isMuted;
}

/**
 * The assembly-hall preset: louder for a big room. Raises the master level and every sound's level
 * by 1.6 (capped at 1), music and effects alike, so their balance is kept. Remembered.
 */
export function setHallPreset(on: boolean): void {
  hall = on;
  save('audio-hall', String(on));
  applyLevels();
}
