/** A command was given something it cannot use (a taken e-mail, an unknown hub): one line, exit 1. */
export class UsageError extends Error {}
