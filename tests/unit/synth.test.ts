// The synthesiser: every sound renders clean, bounded, the promised length, the same every time;
// the music loops without a seam; the WAV files are well formed and small.
import { describe, expect, it } from 'vitest';
import {
  DURATIONS,
  EFFECT_NAMES,
  MAX_PEAK,
  SAMPLE_RATE,
  SOUND_NAMES,
  encodeWav,
  envelopeAt,
  renderSound,
  seededNoise,
  type SoundName,
} from '../../src/services/sound/synth';

const EPSILON = 1e-6;
const rendered = new Map<SoundName, Float32Array>(SOUND_NAMES.map((name) => [name, renderSound(name)]));
const samplesOf = (name: SoundName): Float32Array => rendered.get(name)!;
const peakOf = (samples: Float32Array): number => samples.reduce((max, x) => Math.max(max, Math.abs(x)), 0);
const bytesOf = (samples: Float32Array): Buffer => Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
const ascii = (bytes: Uint8Array, from: number): string => String.fromCharCode(...bytes.subarray(from, from + 4));

describe('the synthesised sounds', () => {
  it('include every effect the game plays, and the music', () => {
    expect([...SOUND_NAMES].sort()).toEqual(['choice', 'ending', 'gavel', 'messageIn', 'messageSent', 'music', 'scoreDown', 'scoreUp']);
  });

  it.each(SOUND_NAMES)('%s renders finite samples within ±0.8, and is not silent', (name) => {
    const samples = samplesOf(name);
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.every(Number.isFinite)).toBe(true);
    const peak = peakOf(samples);
    expect(peak).toBeLessThanOrEqual(MAX_PEAK + EPSILON);
    expect(MAX_PEAK).toBeLessThanOrEqual(0.8);
    expect(peak).toBeGreaterThan(0.3);
  });

  it.each(SOUND_NAMES)('%s lasts as long as promised', (name) => {
    expect(samplesOf(name).length).toBe(Math.round(DURATIONS[name] * SAMPLE_RATE));
  });

  it.each(EFFECT_NAMES)('%s is a short effect (under 1.2 s) that starts and ends at silence, without a click', (name) => {
    const samples = samplesOf(name);
    expect(samples.length / SAMPLE_RATE).toBeLessThan(1.2);
    expect(Math.abs(samples[0]!)).toBeLessThan(1e-3);
    expect(Math.abs(samples[samples.length - 1]!)).toBeLessThan(1e-3);
  });

  it('has music 8 to 12 seconds long, a whole number of bars', () => {
    const seconds = samplesOf('music').length / SAMPLE_RATE;
    expect(seconds).toBeGreaterThanOrEqual(8);
    expect(seconds).toBeLessThanOrEqual(12);
    expect((seconds / 2.5) % 1).toBe(0);
  });

  it('loops the music seamlessly: the step from the last sample to the first is no bigger than any step inside', () => {
    const samples = samplesOf('music');
    let largestStep = 0;
    for (let i = 1; i < samples.length; i++) largestStep = Math.max(largestStep, Math.abs(samples[i]! - samples[i - 1]!));
    const seam = Math.abs(samples[0]! - samples[samples.length - 1]!);
    expect(seam).toBeLessThanOrEqual(largestStep);
    expect(seam).toBeLessThan(0.02);
    // and the level just before the seam matches the level just after it (no dip or jump)
    const rms = (from: number, to: number) => Math.sqrt(samples.subarray(from, to).reduce((s, x) => s + x * x, 0) / (to - from));
    const window = Math.round(0.1 * SAMPLE_RATE);
    const before = rms(samples.length - window, samples.length);
    const after = rms(0, window);
    expect(Math.abs(before - after) / Math.max(before, after)).toBeLessThan(0.25);
  });

  it.each(SOUND_NAMES)('%s renders the same samples every time', (name) => {
    // Compared as bytes: a deep equality over the music's ~350,000 numbers took 5 s on a busy machine.
    const again = renderSound(name);
    const first = samplesOf(name);
    expect(again.length).toBe(first.length);
    const differs = Buffer.compare(bytesOf(again), bytesOf(first)) === 0 ? -1 : again.findIndex((x, i) => !Object.is(x, first[i]));
    expect(differs, 'the first sample that differs').toBe(-1);
  });

  it('seeds its noise: the same seed gives the same numbers, in [-1, 1)', () => {
    const a = seededNoise(42);
    const b = seededNoise(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((x) => x >= -1 && x < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('shapes notes with envelopes that start and end at zero', () => {
    const env = { attack: 0.01, decay: 0.1, sustain: 0.5, release: 0.05 };
    expect(envelopeAt(env, 0, 1)).toBe(0);
    expect(envelopeAt(env, 1, 1)).toBe(0);
    expect(envelopeAt(env, 0.01, 1)).toBeCloseTo(1, 5);
    expect(envelopeAt(env, 0.9, 1)).toBeCloseTo(0.5, 3);
  });
});

describe('encodeWav', () => {
  it('writes a 16-bit PCM mono WAV header and data', () => {
    const samples = new Float32Array([0, 0.5, -0.5, 1, -1, 2]);
    const wav = encodeWav(samples, SAMPLE_RATE);
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    expect(wav.byteLength).toBe(44 + 2 * samples.length);
    expect(ascii(wav, 0)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(wav.byteLength - 8);
    expect(ascii(wav, 8)).toBe('WAVE');
    expect(ascii(wav, 12)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // one channel
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(view.getUint32(28, true)).toBe(SAMPLE_RATE * 2);
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(ascii(wav, 36)).toBe('data');
    expect(view.getUint32(40, true)).toBe(2 * samples.length);
    const pcm = Array.from({ length: samples.length }, (_, i) => view.getInt16(44 + 2 * i, true));
    expect(pcm).toEqual([0, 16384, -16384, 32767, -32768, 32767]);
  });

  it('keeps all the sounds together under 1.5 MB', () => {
    const sizes = SOUND_NAMES.map((name) => {
      const wav = encodeWav(samplesOf(name), SAMPLE_RATE);
      expect(wav.byteLength).toBe(44 + 2 * samplesOf(name).length);
      return { name, bytes: wav.byteLength };
    });
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    console.log(
      [...sizes.map((s) => `${s.name}: ${(s.bytes / 1024).toFixed(1)} KB`), `total: ${(total / 1024).toFixed(1)} KB`].join('\n'),
    );
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });
});
