// Creates, drops or pings a PostgreSQL database for CI, with the project's own `pg`,
// so CI needs no psql on the machine.
import pg from "pg";

const [command, url, name] = process.argv.slice(2);
if (!/^[a-z0-9_]+$/.test(name ?? "x")) throw new Error(`unsafe database name: ${name}`);
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
await client.connect();
try {
  if (command === "create") await client.query(`create database ${name}`);
  else if (command === "drop") await client.query(`drop database if exists ${name} with (force)`);
  else await client.query("select 1");
} finally {
  await client.end();
}
