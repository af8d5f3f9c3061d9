// The game's sounds, synthesised by code: no recordings, no downloads, nothing from elsewhere.
// Pure TypeScript (no DOM, no Web Audio): each sound renders to mono samples from oscillators,
// seeded noise, pitch slides and envelopes, and encodeWav wraps them in a 16-bit PCM WAV file that
// any browser can decode. The same call always renders the same samples. See docs/sound.md.

export const SAMPLE_RATE = 22050;

/** No sound peaks above this, so there is headroom when several play at once. */
export const MAX_PEAK = 0.8;

import type { SoundName } from './names';

export { EFFECT_NAMES, SOUND_NAMES, type EffectName, type SoundName } from './names';

/** The menu music: four bars of 4/4 at 96 beats a minute, 2.5 s a bar. */
const BAR = 2.5;
const BARS = 4;

/** How long each sound lasts, in seconds. Every effect is under 1.2 s. */
export const DURATIONS: Readonly<Record<SoundName, number>> = {
  messageIn: 0.32,
  messageSent: 0.2,
  choice: 0.08,
  scoreUp: 0.7,
  scoreDown: 0.6,
  gavel: 0.55,
  ending: 1.15,
  music: BAR * BARS,
};

export type Wave = 'sine' | 'triangle' | 'square';

/**
 * attack: seconds to rise from 0 to 1 (a smooth S-curve); decay: the time constant, in seconds,
 * of the exponential fall from 1 towards sustain; sustain: the level held (0 for plucks and
 * bells); release: seconds of the final smooth fall to 0, which ends exactly at the note's end.
 */
export interface Envelope {
  attack: number;
  decay: number;
  sustain: number;
  release: number;
}

export interface Note {
  /** Start, in seconds. */
  at: number;
  /** Length, in seconds, release included. */
  length: number;
  /** Frequency at the start, in Hz. */
  freq: number;
  /** Frequency at the end of the slide, in Hz (exponential slide); no slide when left out. */
  to?: number;
  /** Seconds the slide takes (default: the whole note). */
  glide?: number;
  wave?: Wave;
  gain?: number;
  env?: Partial<Envelope>;
}

export interface NoiseBurst {
  at: number;
  length: number;
  gain?: number;
  /** Seeds the noise, so the burst is the same every time. */
  seed: number;
  /** Cut-offs in Hz of one-pole filters that shape the noise's colour. */
  lowpass?: number;
  highpass?: number;
  env?: Partial<Envelope>;
}

const DEFAULT_ENVELOPE: Envelope = { attack: 0.005, decay: 0.1, sustain: 0, release: 0.02 };
const TAU = 2 * Math.PI;

/** One period of a sine in a table, read with linear interpolation: fast, and far below 16-bit noise. */
const TABLE_SIZE = 4096;
const SINE_TABLE = Float64Array.from({ length: TABLE_SIZE + 1 }, (_, i) => Math.sin((TAU * i) / TABLE_SIZE));
function sine(p: number): number {
  const x = (p - Math.floor(p)) * TABLE_SIZE;
  const i = Math.floor(x);
  const a = SINE_TABLE[i] ?? 0;
  return a + ((SINE_TABLE[i + 1] ?? 0) - a) * (x - i);
}

/** A smooth 0 → 1 ramp (half a cosine), so envelopes start and end without clicks. */
const smooth = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * sine(x / 2 + 0.25));

/** The envelope's level at time t (seconds) of a note that lasts `length` seconds. */
export function envelopeAt(env: Envelope, t: number, length: number): number {
  if (t <= 0 || t >= length) return 0;
  const attack = Math.max(env.attack, 0.001);
  let level = t < attack ? smooth(t / attack) : env.sustain + (1 - env.sustain) * Math.exp(-(t - attack) / Math.max(env.decay, 1e-4));
  const release = Math.min(Math.max(env.release, 0.002), length);
  if (t > length - release) level *= smooth((length - t) / release);
  return level;
}

/**
 * The same envelope, sample by sample, for a note of `length` seconds: call it with i = 0, 1, 2…
 * in order (the decay is a running product rather than an exp() a sample, which is much faster).
 */
function envelopeSteps(env: Envelope, length: number, sampleRate: number): (i: number) => number {
  const attack = Math.max(env.attack, 0.001);
  const release = Math.min(Math.max(env.release, 0.002), length);
  const releaseFrom = length - release;
  const { sustain } = env;
  const step = Math.exp(-1 / (Math.max(env.decay, 1e-4) * sampleRate));
  let decay = 0; // exp(-(t - attack) / env.decay), once past the attack
  return (i) => {
    const t = i / sampleRate;
    if (t <= 0 || t >= length) return 0;
    let level: number;
    if (t < attack) level = smooth(t / attack);
    else {
      decay = decay === 0 ? Math.exp(-(t - attack) / Math.max(env.decay, 1e-4)) : decay * step;
      level = sustain === 1 ? 1 : sustain + (1 - sustain) * decay;
    }
    return t > releaseFrom ? level * smooth((length - t) / release) : level;
  };
}

/** One period of a wave at phase p in [0, 1). Squares are band-limited: odd harmonics up to 9 and below Nyquist. */
function waveAt(wave: Wave, p: number, freq: number, sampleRate: number): number {
  switch (wave) {
    case 'sine':
      return sine(p);
    case 'triangle':
      return p < 0.25 ? 4 * p : p < 0.75 ? 2 - 4 * p : 4 * p - 4;
    case 'square': {
      let sum = 0;
      for (let k = 1; k <= 9 && k * freq < sampleRate / 2; k += 2) sum += sine(k * p) / k;
      return (4 / Math.PI) * sum;
    }
  }
}

/**
 * Adds a note into `out`. With `wrap`, samples past the end wrap round to the start: that is how
 * the music's last chord rings on into its first, so the loop has no seam.
 */
export function addNote(out: Float32Array, sampleRate: number, note: Note, wrap = false): void {
  const envelope = envelopeSteps({ ...DEFAULT_ENVELOPE, ...note.env }, note.length, sampleRate);
  const wave = note.wave ?? 'sine';
  const gain = note.gain ?? 1;
  const from = note.freq;
  const to = note.to ?? from;
  const ratio = to / from;
  const glide = Math.max(note.glide ?? note.length, 1e-4);
  const size = out.length;
  const start = Math.round(note.at * sampleRate);
  const count = Math.round(note.length * sampleRate);
  let index = wrap ? ((start % size) + size) % size : start;
  let phase = 0;
  for (let i = 0; i < count; i++, index++) {
    if (wrap && index >= size) index -= size;
    const t = i / sampleRate;
    const freq = ratio === 1 || t >= glide ? to : from * Math.pow(ratio, t / glide);
    const level = envelope(i);
    if (index >= 0 && index < size) out[index] = (out[index] ?? 0) + gain * level * waveAt(wave, phase, freq, sampleRate);
    phase += freq / sampleRate;
    if (phase >= 1) phase -= 1;
  }
}

/** A small seeded pseudo-random generator (mulberry32): numbers in [-1, 1), the same for the same seed. */
export function seededNoise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return (((x ^ (x >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

/** The coefficient of a one-pole low-pass filter at `cutoff` Hz. */
const onePole = (cutoff: number, sampleRate: number): number => 1 - Math.exp((-TAU * cutoff) / sampleRate);

/** Adds a burst of filtered, enveloped noise into `out`. */
export function addNoise(out: Float32Array, sampleRate: number, burst: NoiseBurst): void {
  const envelope = envelopeSteps({ ...DEFAULT_ENVELOPE, ...burst.env }, burst.length, sampleRate);
  const random = seededNoise(burst.seed);
  const low = burst.lowpass ? onePole(burst.lowpass, sampleRate) : 1;
  const high = burst.highpass ? onePole(burst.highpass, sampleRate) : 0;
  const start = Math.round(burst.at * sampleRate);
  const count = Math.round(burst.length * sampleRate);
  let lowState = 0;
  let highState = 0;
  for (let i = 0; i < count; i++) {
    lowState += low * (random() - lowState);
    highState += high * (lowState - highState);
    const level = envelope(i);
    const index = start + i;
    if (index >= 0 && index < out.length) out[index] = (out[index] ?? 0) + (burst.gain ?? 1) * level * (lowState - highState);
  }
}

/**
 * A one-pole low-pass over the whole buffer, treated as a loop: a first pass settles the filter,
 * the second starts from where the first ended, so the end still joins the start.
 */
function circularLowpass(samples: Float32Array, cutoff: number, sampleRate: number): void {
  const a = onePole(cutoff, sampleRate);
  let state = 0;
  for (const x of samples) state += a * (x - state);
  for (let i = 0; i < samples.length; i++) {
    state += a * ((samples[i] ?? 0) - state);
    samples[i] = state;
  }
}

/** Scales the samples so their highest peak is `peak` (never above MAX_PEAK). */
function normalise(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const x of samples) max = Math.max(max, Math.abs(x));
  if (max === 0) return samples;
  const scale = Math.min(peak, MAX_PEAK) / max;
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * scale;
  return samples;
}

/** Fades the first 2 ms in and the last 8 ms out, so an effect never starts or stops with a click. */
function fadeEdges(samples: Float32Array, sampleRate: number): Float32Array {
  const fadeIn = Math.min(Math.round(0.002 * sampleRate), samples.length);
  const fadeOut = Math.min(Math.round(0.008 * sampleRate), samples.length);
  for (let i = 0; i < fadeIn; i++) samples[i] = (samples[i] ?? 0) * smooth(i / fadeIn);
  for (let i = 0; i < fadeOut; i++) {
    const index = samples.length - 1 - i;
    samples[index] = (samples[index] ?? 0) * smooth(i / fadeOut);
  }
  return samples;
}

const buffer = (name: SoundName, sampleRate: number): Float32Array => new Float32Array(Math.round(DURATIONS[name] * sampleRate));
const finish = (samples: Float32Array, sampleRate: number, peak: number): Float32Array => normalise(fadeEdges(samples, sampleRate), peak);

// Note frequencies (Hz), equal temperament, A4 = 440.
const F2 = 87.31, G2 = 98.0, A2 = 110.0, C3 = 130.81, D3 = 146.83, E3 = 164.81, G3 = 196.0, A3 = 220.0, B3 = 246.94;
const C4 = 261.63, E4 = 329.63, F4 = 349.23, G4 = 392.0, A4 = 440.0, B4 = 493.88;
const C5 = 523.25, D5 = 587.33, E5 = 659.26, F5 = 698.46, G5 = 783.99, A5 = 880.0;

/** A message arrives: two soft sine "pops" a fifth apart, each with a quick pitch drop at its start. */
export function messageIn(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('messageIn', sampleRate);
  const pop = (at: number, freq: number, length: number) => {
    const env = { attack: 0.004, decay: 0.05, release: 0.04 };
    addNote(out, sampleRate, { at, length, freq: freq * 1.25, to: freq, glide: 0.02, env });
    addNote(out, sampleRate, { at, length, freq: freq * 2.5, to: freq * 2, glide: 0.02, gain: 0.12, env: { ...env, decay: 0.025 } });
  };
  pop(0, D5, 0.15);
  pop(0.1, A5, 0.2);
  return finish(out, sampleRate, 0.65);
}

/** The player's message is sent: a light blip sliding up an octave. */
export function messageSent(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('messageSent', sampleRate);
  const env = { attack: 0.005, decay: 0.06, release: 0.05 };
  addNote(out, sampleRate, { at: 0, length: 0.18, freq: 520, to: 1040, glide: 0.09, env });
  addNote(out, sampleRate, { at: 0, length: 0.18, freq: 1040, to: 2080, glide: 0.09, wave: 'triangle', gain: 0.1, env });
  return finish(out, sampleRate, 0.6);
}

/** A choice is picked: a short tick, a falling sine with a touch of soft square and a breath of noise. */
export function choice(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('choice', sampleRate);
  addNote(out, sampleRate, { at: 0, length: 0.06, freq: 1500, to: 1000, glide: 0.02, env: { attack: 0.001, decay: 0.012, release: 0.015 } });
  addNote(out, sampleRate, { at: 0, length: 0.03, freq: 750, wave: 'square', gain: 0.12, env: { attack: 0.001, decay: 0.008, release: 0.01 } });
  addNoise(out, sampleRate, { at: 0, length: 0.02, seed: 7, gain: 0.5, highpass: 1500, lowpass: 6000, env: { attack: 0.0005, decay: 0.004, release: 0.005 } });
  return finish(out, sampleRate, 0.55);
}

/** Points gained: a rising major arpeggio, C5 E5 G5, triangle with a sine sparkle an octave up. */
export function scoreUp(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('scoreUp', sampleRate);
  const env = { attack: 0.005, decay: 0.16, release: 0.12 };
  [C5, E5, G5].forEach((freq, i) => {
    const at = i * 0.09;
    const length = DURATIONS.scoreUp - at - 0.01;
    addNote(out, sampleRate, { at, length, freq, wave: 'triangle', gain: 0.5, env });
    addNote(out, sampleRate, { at, length, freq: freq * 2, gain: 0.22, env: { ...env, decay: 0.1 } });
  });
  return finish(out, sampleRate, 0.7);
}

/** Points lost: a gentle falling minor third, G4 to E4, the second note sagging a little. */
export function scoreDown(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('scoreDown', sampleRate);
  const env = { attack: 0.008, decay: 0.14, release: 0.1 };
  addNote(out, sampleRate, { at: 0, length: 0.24, freq: G4, wave: 'triangle', gain: 0.5, env });
  addNote(out, sampleRate, { at: 0, length: 0.24, freq: G4 / 2, gain: 0.3, env });
  const at = 0.16;
  const length = DURATIONS.scoreDown - at - 0.01;
  addNote(out, sampleRate, { at, length, freq: E4, to: E4 * 0.97, wave: 'triangle', gain: 0.5, env: { ...env, decay: 0.2 } });
  addNote(out, sampleRate, { at, length, freq: E4 / 2, to: (E4 / 2) * 0.97, gain: 0.3, env: { ...env, decay: 0.2 } });
  return finish(out, sampleRate, 0.65);
}

/** The court: two wooden knocks, each a low falling thud, a short woody ring and a noise transient. */
export function gavel(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('gavel', sampleRate);
  const knock = (at: number, gain: number, seed: number) => {
    addNote(out, sampleRate, { at, length: 0.22, freq: 170, to: 70, glide: 0.09, gain, env: { attack: 0.002, decay: 0.05, release: 0.06 } });
    addNote(out, sampleRate, { at, length: 0.09, freq: 640, to: 580, glide: 0.03, wave: 'triangle', gain: 0.3 * gain, env: { attack: 0.001, decay: 0.018, release: 0.03 } });
    addNote(out, sampleRate, { at, length: 0.06, freq: 1230, gain: 0.12 * gain, env: { attack: 0.001, decay: 0.01, release: 0.02 } });
    addNoise(out, sampleRate, { at, length: 0.03, seed, gain: 0.6 * gain, lowpass: 3500, highpass: 300, env: { attack: 0.0005, decay: 0.006, release: 0.01 } });
  };
  knock(0, 1, 11);
  knock(0.26, 0.9, 12);
  return finish(out, sampleRate, 0.8);
}

/** The end of a level: a warm chime, F4 A4 C5 F5, each note a bell of sines over a soft sub-octave. */
export function ending(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('ending', sampleRate);
  const env = { attack: 0.006, decay: 0.35, release: 0.3 };
  [F4, A4, C5, F5].forEach((freq, i) => {
    const at = i * 0.11;
    const length = DURATIONS.ending - at - 0.01;
    addNote(out, sampleRate, { at, length, freq, gain: 0.5, env });
    addNote(out, sampleRate, { at, length, freq: freq * 2, gain: 0.15, env: { ...env, decay: 0.18 } });
    addNote(out, sampleRate, { at, length, freq: freq * 3, gain: 0.05, env: { ...env, decay: 0.08 } });
    addNote(out, sampleRate, { at, length, freq: freq / 2, wave: 'triangle', gain: 0.1, env });
  });
  return finish(out, sampleRate, 0.7);
}

/**
 * The menu music: a calm pad, Cmaj7 – Am7 – Fmaj7 – G, one chord a bar, soft triangle and sine
 * voices over a sine bass, with a sparse bell on beats one and three. Every note is added with
 * wrap-around, so the last chord's release rings into the first bar and the loop has no seam;
 * the gentle low-pass that softens it is circular too.
 */
export function music(sampleRate = SAMPLE_RATE): Float32Array {
  const out = buffer('music', sampleRate);
  const chords: { bass: number; pad: number[]; bells: [number, number] }[] = [
    { bass: C3, pad: [E3, G3, B3], bells: [B4, G4] },
    { bass: A2, pad: [E3, G3, C4], bells: [C5, A4] },
    { bass: F2, pad: [E3, A3, C4], bells: [C5, A4] },
    { bass: G2, pad: [D3, G3, B3], bells: [B4, D5] },
  ];
  const overlap = 1.2; // each chord's release crossfades into the next chord's attack
  const padEnv = { attack: 0.9, decay: 1, sustain: 1, release: overlap };
  chords.forEach(({ bass, pad, bells }, bar) => {
    const at = bar * BAR;
    const length = BAR + overlap;
    addNote(out, sampleRate, { at, length, freq: bass, gain: 0.34, env: padEnv }, true);
    addNote(out, sampleRate, { at, length, freq: bass * 2, gain: 0.08, env: padEnv }, true);
    for (const freq of pad) {
      addNote(out, sampleRate, { at, length, freq, wave: 'triangle', gain: 0.16, env: padEnv }, true);
      addNote(out, sampleRate, { at, length, freq: freq * 1.003, gain: 0.1, env: padEnv }, true);
    }
    bells.forEach((freq, beat) => {
      const bell = { attack: 0.02, decay: 0.7, release: 0.6 };
      addNote(out, sampleRate, { at: at + beat * (BAR / 2), length: 2.2, freq, gain: 0.09, env: bell }, true);
      addNote(out, sampleRate, { at: at + beat * (BAR / 2), length: 2.2, freq: freq * 2, gain: 0.015, env: { ...bell, decay: 0.3 } }, true);
    });
  });
  circularLowpass(out, 2400, sampleRate);
  return normalise(out, 0.5);
}

const RENDERERS: Readonly<Record<SoundName, (sampleRate?: number) => Float32Array>> = {
  messageIn,
  messageSent,
  choice,
  scoreUp,
  scoreDown,
  gavel,
  ending,
  music,
};

/** Renders one sound by name. */
export const renderSound = (name: SoundName, sampleRate = SAMPLE_RATE): Float32Array => RENDERERS[name](sampleRate);

/** A 16-bit PCM mono WAV file holding the samples (clipped to [-1, 1]). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array<ArrayBuffer> {
  const dataLength = samples.length * 2;
  const bytes = new Uint8Array(new ArrayBuffer(44 + dataLength));
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataLength, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  text(36, 'data');
  view.setUint32(40, dataLength, true);
  samples.forEach((sample, i) => {
    const x = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + i * 2, Math.round(x < 0 ? x * 0x8000 : x * 0x7fff), true);
  });
  return bytes;
}
