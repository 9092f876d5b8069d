import type { ScanResult } from "./queries";

export type ScanOutcome = ScanResult["outcome"];

/** A beep: its pitch, how long each lasts, and how many (errors buzz low, twice). */
export type Tone = { frequency: number; seconds: number; repeats: number };

export type ScanFeedback = { color: "green" | "yellow" | "red"; tone: Tone };

const FEEDBACK: Record<ScanOutcome, ScanFeedback> = {
  collected: { color: "green", tone: { frequency: 1320, seconds: 0.12, repeats: 1 } },
  duplicate: { color: "yellow", tone: { frequency: 660, seconds: 0.15, repeats: 1 } },
  wrong_carrier: { color: "red", tone: { frequency: 220, seconds: 0.18, repeats: 2 } },
  unknown: { color: "red", tone: { frequency: 220, seconds: 0.18, repeats: 2 } },
};

/** What the person at the counter sees and hears for a scan, without looking at the screen twice. */
export function scanFeedback(outcome: ScanOutcome): ScanFeedback {
  return FEEDBACK[outcome];
}

/** A scanner types the number and Enter; a person may paste one with spaces. Empty when nothing was read. */
export function scannedNumber(typed: string): string {
  return typed.replace(/\s+/g, "").toUpperCase();
}
