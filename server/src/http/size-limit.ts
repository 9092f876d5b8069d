import { Transform, type TransformCallback } from "node:stream";

/**
 * Passes an upload through until it passes `limit` bytes, then fails the stream with the
 * error `tooLarge` makes, so a file too big is refused while it arrives, never stored whole.
 */
export class SizeLimit extends Transform {
  private seen = 0;
  constructor(
    private readonly limit: number,
    private readonly tooLarge: () => Error,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) callback(this.tooLarge());
    else callback(null, chunk);
  }
}
