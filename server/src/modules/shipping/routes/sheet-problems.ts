import type { Language } from "../../../http/language.js";
import { translate } from "../../../http/messages.js";
import type { RateSheetProblem } from "../rates/csv/rows.js";

/** A refused file's problems, each with its row, column and message in the reader's language. */
export function refused(problems: readonly RateSheetProblem[], language: Language) {
  return {
    ok: false as const,
    problems: problems.map((p) => ({
      ...(p.row === undefined ? {} : { row: p.row }),
      ...(p.column === undefined ? {} : { column: p.column }),
      code: p.code,
      message: translate(p.code, language, p.params),
    })),
  };
}
