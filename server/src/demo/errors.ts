/** The demo cannot be loaded here (e.g. the database already has a hub): printed as one line. */
export class DemoError extends Error {}
