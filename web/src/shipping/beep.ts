import type { Tone } from "./scan-feedback";

type AudioContextClass = new () => AudioContext;
type AudioWindow = { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };

let shared: AudioContext | null | undefined;

/** One audio context for the page, made on the first beep (after a key press, so browsers allow it). */
function audio(scope: AudioWindow): AudioContext | null {
  if (shared !== undefined) return shared;
  const Context = scope.AudioContext ?? scope.webkitAudioContext;
  try {
    shared = Context ? new Context() : null;
  } catch {
    shared = null;
  }
  return shared;
}

/**
 * Plays a tone through the Web Audio API. Where there is none (an old phone, a browser that
 * refuses) it stays silent: the colour on the screen still says what happened.
 */
export function beep(tone: Tone, scope: AudioWindow = globalThis as AudioWindow): void {
  try {
    const context = audio(scope);
    if (!context) return;
    if (context.state === "suspended") void context.resume().catch(() => undefined);
    const start = context.currentTime;
    for (let i = 0; i < tone.repeats; i++) {
      const at = start + i * tone.seconds * 1.5;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = "square";
      oscillator.frequency.value = tone.frequency;
      gain.gain.setValueAtTime(0.15, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + tone.seconds);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + tone.seconds);
    }
  } catch {
    // A sound that cannot play is no reason to lose the scan.
  }
}

/** Forgets the page's audio context (tests only). */
export function forgetAudio(): void {
  shared = undefined;
}
