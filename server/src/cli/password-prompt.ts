import { UsageError } from "./usage-error.js";

/** Asks twice for a password on the terminal without echoing it. */
export async function askNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new UsageError("no password given: pass --password, set TAOCUN_PASSWORD, or run in a terminal to be asked");
  }
  const first = await readHidden("Password: ");
  if ((await readHidden("Password again: ")) !== first) throw new UsageError("the two passwords differ");
  return first;
}

const ENTER = new Set(["\r", "\n"]);
const CANCEL = new Set(["\u0003", "\u0004"]);
const ERASE = new Set(["\u007f", "\b"]);

// Raw mode hands over each key as typed, so nothing reaches the screen unless written.
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let answer: string[] = [];
    const finish = (outcome: () => void) => {
      stdin.off("data", onKeys);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      outcome();
    };
    const onKeys = (keys: string) => {
      for (const key of keys) {
        if (ENTER.has(key)) return finish(() => resolve(answer.join("")));
        if (CANCEL.has(key)) return finish(() => reject(new UsageError("cancelled")));
        answer = ERASE.has(key) ? answer.slice(0, -1) : [...answer, key];
      }
    };
    stdin.on("data", onKeys);
  });
}
