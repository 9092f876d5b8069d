/** Sends a one-time sign-in code to a phone. Production plugs an SMS provider in here. */
export interface CodeSender {
  readonly name: string;
  /** True when the code is not really sent anywhere, so the page may show it (development, tests, the demo). */
  readonly showsCode: boolean;
  send(phone: string, code: string): Promise<void>;
}

/** Writes the code to the server's log instead of sending an SMS: for development, tests and the demo. */
export class LogCodeSender implements CodeSender {
  readonly name = "log";
  readonly showsCode = true;
  constructor(private readonly log: (line: string) => void = (line) => console.log(line)) {}

  async send(phone: string, code: string): Promise<void> {
    this.log(`live sign-in code for ${phone}: ${code}`);
  }
}
