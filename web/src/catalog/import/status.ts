import type { ImportStatus } from "./progress";

export const STATUS_COLOURS: Record<ImportStatus, string> = {
  checking: "blue",
  checked: "teal",
  applying: "blue",
  applied: "green",
  failed: "red",
};
