import type { Message } from "../../../http/messages.js";

/** Messages of this part's own errors (see http/messages.ts). */
export const searchMessages = {} satisfies Record<string, Message>;
