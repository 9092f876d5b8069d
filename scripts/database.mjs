// Creates, drops or pings a PostgreSQL database with the project's own `pg`, so neither CI
// nor the browser tests need psql on the machine.
//   node scripts/database.mjs ping|create|drop ADMIN_URL [NAME]
import { fileURLToPath } from "node:url";
import pg from "pg";

async function run(url, statement) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function safe(name) {
  if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error(`unsafe database name: ${name}`);
  return name;
}

export const pingDatabase = (url) => run(url, "select 1");
export const createDatabase = (url, name) => run(url, `create database ${safe(name)}`);
export const dropDatabase = (url, name) => run(url, `drop database if exists ${safe(name)} with (force)`);

/** The same server URL with another database name. */
export function withDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = `/${safe(name)}`;
  return parsed.toString();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, url, name] = process.argv.slice(2);
  const commands = {
    ping: () => pingDatabase(url),
    create: () => createDatabase(url, name),
    drop: () => dropDatabase(url, name),
  };
  if (!commands[command]) throw new Error(`usage: database.mjs ping|create|drop ADMIN_URL [NAME]`);
  await commands[command]();
}
