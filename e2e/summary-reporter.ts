import type { Reporter, TestCase } from "@playwright/test/reporter";

/** Ends the run with one plain "N passed, N failed" line, like the unit tests, for CI to read. */
export default class SummaryReporter implements Reporter {
  private readonly tests = new Map<string, TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.set(test.id, test);
  }

  onEnd(): void {
    const outcomes = [...this.tests.values()].map((test) => test.outcome());
    const count = (...kinds: string[]) => outcomes.filter((outcome) => kinds.includes(outcome)).length;
    console.log(
      `playwright: ${count("expected", "flaky")} passed, ${count("unexpected")} failed, ${count("skipped")} skipped`,
    );
  }
}
