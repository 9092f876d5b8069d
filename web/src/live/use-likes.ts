import { useCallback, useEffect, useRef } from "react";
import { sendLikes as postLikes } from "./buyer-queries";

const FLUSH_MS = 400;
const MOST_AT_ONCE = 50;

/**
 * Taps on the heart gathered and sent a few times a second (the server takes up to 50 at a
 * time): over the room's socket, or over HTTP while it reconnects.
 */
export function useLikes(roomId: string, overSocket: (count: number) => boolean) {
  const pending = useRef(0);
  const socket = useRef(overSocket);
  socket.current = overSocket;

  useEffect(() => {
    const flush = () => {
      const count = Math.min(pending.current, MOST_AT_ONCE);
      if (count === 0) return;
      pending.current -= count;
      if (!socket.current(count)) void postLikes(roomId, count).catch(() => {});
    };
    const timer = setInterval(flush, FLUSH_MS);
    return () => {
      clearInterval(timer);
      flush();
    };
  }, [roomId]);

  return useCallback(() => {
    pending.current += 1;
  }, []);
}
