import { eq } from "drizzle-orm";
import type { Db } from "../../db/connection.js";
import { isUniqueViolation } from "../../db/errors.js";
import { ConflictError } from "../../http/errors.js";
import { users } from "./schema.js";
import { hashPassword } from "./secrets.js";

export type Locale = "zh-CN" | "en";
export type User = { id: string; email: string; name: string; locale: Locale };

const publicColumns = { id: users.id, email: users.email, name: users.name, locale: users.locale };

export async function createUser(
  db: Db,
  input: { email: string; password: string; name: string; locale?: Locale },
  passwordHash?: string,
): Promise<User> {
  try {
    const [user] = await db
      .insert(users)
      .values({
        email: input.email.trim().toLowerCase(),
        name: input.name.trim(),
        locale: input.locale ?? "zh-CN",
        passwordHash: passwordHash ?? (await hashPassword(input.password)),
      })
      .returning(publicColumns);
    return user as User;
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) throw new ConflictError("email_taken", {}, "email");
    throw error;
  }
}

export async function findUserForLogin(db: Db, email: string) {
  const [row] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row as (User & { passwordHash: string }) | undefined;
}

export async function getUser(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, id));
  return row as User | undefined;
}

export async function updateUser(db: Db, id: string, changes: { name?: string; locale?: Locale }): Promise<User> {
  const [row] = await db
    .update(users)
    .set({
      ...(changes.name ? { name: changes.name.trim() } : {}),
      ...(changes.locale ? { locale: changes.locale } : {}),
    })
    .where(eq(users.id, id))
    .returning(publicColumns);
  return row as User;
}
