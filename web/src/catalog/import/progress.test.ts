import { describe, expect, it } from "vitest";
import { importProgress, isRunning } from "./progress";

const base = { processedRows: 0, totalRows: 0, pictureProgress: null };

describe("import progress", () => {
  it("shows nothing once the import has stopped running", () => {
    for (const status of ["checked", "applied", "failed"] as const) {
      expect(isRunning(status)).toBe(false);
      expect(importProgress({ ...base, status, phase: null, processedRows: 5, totalRows: 5 })).toBeNull();
    }
  });

  it("has no percentage while rows are still being counted", () => {
    expect(importProgress({ ...base, status: "checking", phase: "counting" })).toEqual({
      phase: "counting",
      processed: 0,
      total: 0,
      percent: null,
    });
    // An import just uploaded, before the server wrote a phase.
    expect(importProgress({ ...base, status: "checking", phase: null })?.phase).toBe("counting");
    expect(importProgress({ ...base, status: "applying", phase: null })?.phase).toBe("applying");
  });

  it("counts rows checked or applied of the total, in whole percents that reach 100 only at the end", () => {
    const checking = (processedRows: number, totalRows: number) =>
      importProgress({ ...base, status: "checking", phase: "checking", processedRows, totalRows })?.percent;
    expect(checking(0, 200)).toBe(0);
    expect(checking(50, 200)).toBe(25);
    expect(checking(1999, 2000)).toBe(99);
    expect(checking(2000, 2000)).toBe(100);
    expect(checking(2100, 2000)).toBe(100);
    expect(checking(3, 0)).toBeNull();
  });

  it("counts pictures stored while they are the phase", () => {
    const record = {
      ...base,
      status: "applying" as const,
      phase: "pictures" as const,
      processedRows: 0,
      totalRows: 40,
      pictureProgress: { processed: 3, total: 12 },
    };
    expect(importProgress(record)).toEqual({ phase: "pictures", processed: 3, total: 12, percent: 25 });
    expect(importProgress({ ...record, pictureProgress: null })?.percent).toBeNull();
  });
});
