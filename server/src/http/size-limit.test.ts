import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { SizeLimit } from "./size-limit.js";

async function pass(chunks: string[], limit: number): Promise<string> {
  let out = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += chunk;
      done();
    },
  });
  await pipeline(
    Readable.from(chunks.map((c) => Buffer.from(c))),
    new SizeLimit(limit, () => new Error("too big")),
    sink,
  );
  return out;
}

describe("an upload's size limit", () => {
  it("passes a file up to the limit as it is", async () => {
    expect(await pass(["abc", "def"], 6)).toBe("abcdef");
  });

  it("fails the stream with the caller's error once the file passes the limit", async () => {
    await expect(pass(["abc", "def", "g"], 6)).rejects.toThrow("too big");
  });
});
