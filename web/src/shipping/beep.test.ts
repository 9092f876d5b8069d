import { afterEach, describe, expect, it } from "vitest";
import { beep, forgetAudio } from "./beep";

const tone = { frequency: 220, seconds: 0.1, repeats: 2 };

function fakeAudio() {
  const started: { frequency: number; at: number }[] = [];
  class FakeContext {
    state = "running";
    currentTime = 5;
    destination = {};
    createOscillator() {
      const oscillator = {
        type: "",
        frequency: { value: 0 },
        connect: (node: unknown) => node,
        start: (at: number) => started.push({ frequency: oscillator.frequency.value, at }),
        stop: () => undefined,
      };
      return oscillator;
    }
    createGain() {
      return {
        gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined },
        connect: (node: unknown) => node,
      };
    }
    resume() {
      return Promise.resolve();
    }
  }
  return { started, scope: { AudioContext: FakeContext as unknown as new () => AudioContext } };
}

describe("beep", () => {
  afterEach(forgetAudio);

  it("is silent, and does not throw, where there is no Web Audio", () => {
    expect(() => beep(tone, {})).not.toThrow();
  });

  it("is silent where making an audio context fails", () => {
    class Refused {
      constructor() {
        throw new Error("not allowed");
      }
    }
    expect(() => beep(tone, { AudioContext: Refused as unknown as new () => AudioContext })).not.toThrow();
  });

  it("plays each repeat at the tone's pitch, one after the other", () => {
    const { started, scope } = fakeAudio();
    beep(tone, scope);
    expect(started.map((one) => one.frequency)).toEqual([220, 220]);
    expect(started[1]?.at).toBeGreaterThan(started[0]?.at ?? Number.POSITIVE_INFINITY);
  });
});
