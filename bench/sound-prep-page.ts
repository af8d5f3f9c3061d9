// In the page, for bench/sound-prep.ts: prepares every sound of the game one way or the other, as
// src/services/audio.ts would on the player's first gesture, and says how long it took.
import { Howl, Howler } from 'howler';
import { encodeWav, renderSound, SAMPLE_RATE, SOUND_NAMES } from '../src/services/sound/synth';

export interface Prepared {
  /** From the first sound's synthesis to the last sound being ready to play. */
  readyMs: number;
  /** Of which the page was busy (synthesis and what the way adds on the main thread). */
  busyMs: number;
  /** Of which synthesis alone (the same work both ways). */
  synthMs: number;
  /** Bytes of decoded audio held, one float per sample at the buffer's own rate. */
  heldBytes: number;
  contextRate: number;
}

declare global {
  interface Window {
    prepareSounds(way: 'howler' | 'webaudio'): Promise<Prepared>;
  }
}

window.prepareSounds = async (way) => {
  let busy = 0;
  let synth = 0;
  const started = performance.now();
  const render = (name: (typeof SOUND_NAMES)[number]) => {
    const at = performance.now();
    const samples = renderSound(name);
    synth += performance.now() - at;
    return samples;
  };
  if (way === 'howler') {
    Howler.volume(1); // creates the AudioContext
    const rate = Howler.ctx.sampleRate;
    let held = 0;
    const loads = SOUND_NAMES.map((name) => {
      const at = performance.now();
      const samples = render(name);
      const url = URL.createObjectURL(new Blob([encodeWav(samples, SAMPLE_RATE)], { type: 'audio/wav' }));
      // howler decodes the WAV into a buffer at the context's rate.
      held += Math.ceil((samples.length * rate) / SAMPLE_RATE) * 4;
      const loaded = new Promise<void>((resolve, reject) => {
        new Howl({ src: [url], format: ['wav'], onload: () => (URL.revokeObjectURL(url), resolve()), onloaderror: (_, e) => reject(new Error(String(e))) });
      });
      busy += performance.now() - at;
      return loaded;
    });
    await Promise.all(loads);
    return { readyMs: performance.now() - started, busyMs: busy, synthMs: synth, heldBytes: held, contextRate: rate };
  }
  const context = new AudioContext();
  let held = 0;
  for (const name of SOUND_NAMES) {
    const at = performance.now();
    const samples = render(name);
    // One buffer at the synthesiser's rate; the context resamples as it plays.
    const buffer = context.createBuffer(1, samples.length, SAMPLE_RATE);
    buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
    held += buffer.length * 4;
    busy += performance.now() - at;
  }
  return { readyMs: performance.now() - started, busyMs: busy, synthMs: synth, heldBytes: held, contextRate: context.sampleRate };
};
