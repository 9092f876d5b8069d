import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { reconnectDelay } from "./backoff";
import { randomId } from "./idempotency-key";
import type { LiveRoom } from "./queries";
import { applyUpdate, type ClaimOutcome, needsRefetch, type RoomMessage } from "./room-update";
import { noteServerTime } from "./server-clock";

const PING_EVERY_MS = 20_000;
/** The server closes with this when the room does not exist: no point coming back. */
const NO_SUCH_ROOM = 4404;
const VIEWER_KEY = "taocun.live.viewer";

/** This device's anonymous viewer id, so the report counts a phone once however often it reconnects. */
function viewerId(): string {
  let id = localStorage.getItem(VIEWER_KEY);
  if (!id) {
    id = randomId();
    localStorage.setItem(VIEWER_KEY, id);
  }
  return id;
}

function socketUrl(roomId: string, asViewer: boolean): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  const url = `${scheme}://${window.location.host}/api/live/rooms/${roomId}/ws`;
  return asViewer ? `${url}?viewer=${viewerId()}` : url;
}

/**
 * Keeps a room's cached state (under `queryKey`) current from its WebSocket: updates are
 * applied to the cache as they come, the room is read again when an update names something
 * new or after a reconnect (updates may have been missed), and a dropped connection comes
 * back with growing waits. Answers whether it is connected and a way to send likes.
 */
export function useRoomSocket(
  roomId: string,
  queryKey: QueryKey,
  {
    session,
    onClaim,
    asViewer = true,
  }: {
    /** Who is signed in: the socket is opened again when it changes, so the buyer's own results reach them. */
    session?: string | undefined;
    onClaim?: (dealId: string, outcome: ClaimOutcome) => void;
    /** False for the anchor's console: the anchor is not one of the show's viewers in its report. */
    asViewer?: boolean;
  } = {},
) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const socketRef = useRef<WebSocket | null>(null);
  const claimRef = useRef(onClaim);
  claimRef.current = onClaim;
  const keyText = JSON.stringify(queryKey);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `session` is not read inside; a new one must reopen the socket so it carries the buyer's new cookie.
  useEffect(() => {
    const key = JSON.parse(keyText) as QueryKey;
    let stopped = false;
    let failures = 0;
    let everOpen = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ping: ReturnType<typeof setInterval> | undefined;

    const heard = (message: RoomMessage) => {
      noteServerTime(message.at);
      if (message.type === "hello" && everOpen) void queryClient.invalidateQueries({ queryKey: key });
      if (message.type === "hello") everOpen = true;
      if (message.type === "claim") claimRef.current?.(message.dealId, message.outcome);
      if (message.type !== "update") return;
      const room = queryClient.getQueryData<LiveRoom>(key);
      if (!room) return;
      queryClient.setQueryData<LiveRoom>(key, applyUpdate(room, message));
      if (needsRefetch(room, message)) void queryClient.invalidateQueries({ queryKey: key });
    };

    const connect = () => {
      const socket = new WebSocket(socketUrl(roomId, asViewer));
      socketRef.current = socket;
      socket.onopen = () => {
        failures = 0;
        setConnected(true);
        ping = setInterval(() => socket.send(JSON.stringify({ type: "ping" })), PING_EVERY_MS);
      };
      socket.onmessage = (event) => {
        try {
          heard(JSON.parse(String(event.data)) as RoomMessage);
        } catch {
          // A message this page does not understand is not worth losing the room over.
        }
      };
      socket.onclose = (event) => {
        setConnected(false);
        clearInterval(ping);
        if (stopped || event.code === NO_SUCH_ROOM) return;
        retry = setTimeout(connect, reconnectDelay(failures++));
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(ping);
      socketRef.current?.close();
      socketRef.current = null;
    };
  }, [roomId, keyText, queryClient, session, asViewer]);

  /** Likes over the socket; false when it is down, so the caller sends them another way. */
  const sendLikes = useCallback((count: number) => {
    const socket = socketRef.current;
    if (socket?.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify({ type: "like", count }));
    return true;
  }, []);

  return { connected, sendLikes };
}
