/** Taobao's limit on a title: 60 bytes, i.e. 30 Chinese characters. */
export const TAOBAO_TITLE_BYTES = 60;

/** A title's length as Taobao counts it (GBK bytes): ASCII 1, a Chinese character (or any other) 2. */
export function taobaoBytes(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += (char.codePointAt(0) ?? 0) <= 0x7f ? 1 : 2;
  return bytes;
}
