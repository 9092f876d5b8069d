import type { Language } from "../../http/language.js";
import type { Message } from "../../http/messages.js";

/** A message in the reader's language with its `{name}` placeholders filled. */
export function say(message: Message, language: Language, params: Record<string, unknown> = {}): string {
  return message[language].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Fen as decimal yuan, "45.90": what spreadsheets and the platforms' files expect. Exact, no floating point. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Text safe inside HTML, for the descriptions both platforms take as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
