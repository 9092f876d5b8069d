import fs from "node:fs";
import os from "node:os";

/** Where the CPU went during the run: the server process, this one (the viewers), the whole machine. */
export type CpuShare = { serverCores: number; clientCores: number; machineBusy: number };

/** CPU seconds a process has used (user + system), from /proc on Linux; NaN elsewhere. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command's closing parenthesis start at the 3rd (state); utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const { user, nice, sys, irq, idle } = cpu.times;
    busy += user + nice + sys + irq;
    total += user + nice + sys + irq + idle;
  }
  return { busy, total };
}

/** Starts counting; the answered function gives the shares since then. */
export function cpuMeter(serverPid: number): () => CpuShare {
  const started = performance.now();
  const server = cpuSecondsOf(serverPid);
  const client = process.cpuUsage();
  const machine = machineTimes();
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const clientUsed = process.cpuUsage(client);
    const now = machineTimes();
    return {
      serverCores: (cpuSecondsOf(serverPid) - server) / seconds,
      clientCores: (clientUsed.user + clientUsed.system) / 1e6 / seconds,
      machineBusy: (now.busy - machine.busy) / (now.total - machine.total),
    };
  };
}

/** The server's event-loop delay since the last read, from its /metrics (prom-client resets it on each read). */
export async function serverLoopDelay(origin: string): Promise<{ p50Ms: number; p99Ms: number; maxMs: number }> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const metric = (name: string) => {
    const line = text.split("\n").find((row) => row.startsWith(`${name} `));
    return line ? Number(line.split(" ")[1]) * 1000 : Number.NaN;
  };
  return {
    p50Ms: metric("nodejs_eventloop_lag_p50_seconds"),
    p99Ms: metric("nodejs_eventloop_lag_p99_seconds"),
    maxMs: metric("nodejs_eventloop_lag_max_seconds"),
  };
}

/** The soft limit of open files of this process (and so of the server it starts), from /proc on Linux. */
export function openFilesLimit(): number {
  try {
    const line = fs
      .readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((row) => row.startsWith("Max open files"));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === "unlimited" ? Number.POSITIVE_INFINITY : Number(soft ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}
