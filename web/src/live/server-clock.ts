import { useEffect, useState } from "react";

// How far the server's clock is ahead of this phone's. Countdowns run on the server's time:
// a phone set a minute wrong must not show a deal open that the server still refuses.
let skewMs = 0;

/** The server's time in a message (ms), as heard now. */
export function noteServerTime(at: number): void {
  if (Number.isFinite(at)) skewMs = at - Date.now();
}

export function serverNow(): number {
  return Date.now() + skewMs;
}

/** The server's time, read again every `everyMs`: for countdowns. */
export function useServerNow(everyMs = 250): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
