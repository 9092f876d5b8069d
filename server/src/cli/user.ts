import type { Command } from "commander";
import type { z } from "zod";
import type { Db } from "../db/connection.js";
import { ConflictError } from "../http/errors.js";
import { Email, Password, PersonName } from "../modules/accounts/api-schemas.js";
import { addHubOperator, type Hub, listHubs } from "../modules/accounts/hubs.js";
import { hashPassword } from "../modules/accounts/secrets.js";
import { createUser } from "../modules/accounts/users.js";
import { withMigratedDatabase } from "./database.js";
import { askNewPassword } from "./password-prompt.js";
import { UsageError } from "./usage-error.js";

type Options = { email: string; name: string; password?: string; operator?: string };

export function registerUser(program: Command): void {
  const user = program.command("user").description("people who log in to taocun");
  user
    .command("create")
    .description("create a user who can log in; with --operator, one who runs a hub")
    .requiredOption("--email <email>", "their e-mail address, used to log in")
    .requiredOption("--name <name>", "their name, e.g. 谢辉")
    .option("--password <password>", "their password (else $TAOCUN_PASSWORD, else asked without echo)")
    .option("--operator <hub-slug>", "make them an operator of this hub")
    .action(createUserCommand);
}

async function createUserCommand(options: Options): Promise<void> {
  const email = valid(Email, options.email, "--email: not an e-mail address");
  const name = valid(PersonName, options.name, "--name: give a name of 1 to 50 characters");
  const given = options.password ?? process.env.TAOCUN_PASSWORD ?? (await askNewPassword());
  const password = valid(Password, given, "the password needs at least 8 characters");
  const passwordHash = await hashPassword(password);
  await withMigratedDatabase(async ({ db }) => {
    const hub = options.operator === undefined ? undefined : await hubBySlug(db, options.operator);
    await db.transaction(async (tx) => {
      const created = await createUser(tx, { email, name, password }, passwordHash).catch((error: unknown) => {
        if (error instanceof ConflictError)
          throw new UsageError(`a user with the e-mail address ${email} already exists`);
        throw error;
      });
      if (hub) await addHubOperator(tx, hub.id, created.id);
    });
    console.log(`created ${name} <${email}>${hub ? `, an operator of ${hub.name}` : ""}`);
  });
}

function valid<T>(schema: z.ZodType<T>, value: string, message: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(message);
  return parsed.data;
}

async function hubBySlug(db: Db, slug: string): Promise<Hub> {
  const hubs = await listHubs(db);
  const hub = hubs.find((h) => h.slug === slug);
  if (hub) return hub;
  const known = hubs.map((h) => h.slug).join(", ") || "none yet";
  throw new UsageError(`no hub with the slug ${slug} (hubs: ${known})`);
}
