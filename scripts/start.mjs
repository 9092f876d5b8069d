#!/usr/bin/env node
// `npm start`: builds the web app when it is missing or its sources changed since the last
// build, then runs `taocun serve` in the foreground.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = path.join(root, "web");
const dist = path.join(web, "dist");
const hashFile = path.join(dist, ".source-hash");
// Everything `vite build` reads from the web workspace.
const sources = ["src", "public", "index.html", "vite.config.ts", "package.json"];

function filesUnder(entry) {
  const full = path.join(web, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const file of sources.flatMap(filesUnder)) {
    hash.update(`${file.split(path.sep).join("/")}\0`);
    hash.update(fs.readFileSync(path.join(web, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function buildWebAppIfStale() {
  const hash = sourceHash();
  const built = fs.existsSync(path.join(dist, "index.html")) && fs.existsSync(hashFile);
  if (built && fs.readFileSync(hashFile, "utf8").trim() === hash) return;
  console.log(built ? "web app sources changed: rebuilding web/dist" : "building the web app into web/dist");
  // Under `npm start` npm tells us which npm runs us; run on its own, the npm beside node.
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm]] : ["npm", []];
  const result = spawnSync(command, [...args, "run", "build", "-w", "web"], {
    cwd: root,
    stdio: "inherit",
    shell: !npm && process.platform === "win32",
  });
  if (result.status !== 0) {
    console.error("taocun: building the web app failed (see above); not starting the server");
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(hashFile, `${hash}\n`);
}

function serve() {
  // Its own process group: a Ctrl-C reaches the server once, through us, not also from the
  // terminal (npm forwards signals to us as well), and `taocun serve` shuts down on the first.
  const server = spawn(
    process.execPath,
    [path.join(root, "server/bin/taocun.mjs"), "serve", ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: "inherit",
      detached: process.platform !== "win32",
    },
  );
  let forwarded = false;
  const forward = (signal) => {
    if (forwarded) return;
    forwarded = true;
    server.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward);
  process.on("exit", () => {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  });
  server.on("exit", (code, signal) => {
    process.exitCode = code ?? 128 + (os.constants.signals[signal] ?? 0);
    process.exit();
  });
}

buildWebAppIfStale();
serve();
