import type { Message } from "../../http/messages.js";

/** Messages of sourcing's own errors (see http/messages.ts). */
export const sourcingMessages = {} satisfies Record<string, Message>;

/** What sourcing's not-found errors can name. */
export const sourcingThings = {} satisfies Record<string, Message>;
