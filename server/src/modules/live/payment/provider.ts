import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

export type Charge = { claimId: string; amountFen: number; buyerId: string };

/** The provider's word on a charge: paid at once, or pending until its callback says so. */
export type ChargeResult = { status: "paid"; ref: string } | { status: "pending"; ref: string };

/** Takes buyers' money. Production plugs in a real provider (WeChat Pay, Alipay) behind this. */
export interface PaymentProvider {
  readonly name: string;
  charge(charge: Charge): Promise<ChargeResult>;
  /** Whether a callback's body carries the provider's signature. */
  verify(body: string, signature: string | undefined): boolean;
}

/**
 * A provider that pays every charge at once and signs callbacks with a shared secret: for
 * development, the demo and tests. Its callbacks have the shape a real provider's would.
 */
export class SimulatedPayments implements PaymentProvider {
  readonly name = "simulated";
  constructor(private readonly secret: string) {}

  async charge(_charge: Charge): Promise<ChargeResult> {
    return { status: "paid", ref: `SIM-${randomUUID()}` };
  }

  sign(body: string): string {
    return createHmac("sha256", this.secret).update(body).digest("hex");
  }

  verify(body: string, signature: string | undefined): boolean {
    if (!signature) return false;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
