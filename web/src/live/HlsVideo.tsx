import { useEffect, useRef } from "react";

/**
 * An HLS stream in a <video>: Safari (every iPhone) plays it natively; elsewhere hls.js,
 * loaded only when a room has such a stream. A stream that cannot play calls onFail.
 */
export function HlsVideo({ url, title, onFail }: { url: string; title: string; onFail: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const fail = useRef(onFail);
  fail.current = onFail;

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    if (element.canPlayType("application/vnd.apple.mpegurl")) {
      element.src = url;
      return;
    }
    let destroy = () => {};
    let current = true;
    void import("hls.js").then(({ default: Hls }) => {
      if (!current) return;
      if (!Hls.isSupported()) return fail.current();
      const hls = new Hls({ lowLatencyMode: true });
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (data.fatal) fail.current();
      });
      hls.loadSource(url);
      hls.attachMedia(element);
      destroy = () => hls.destroy();
    });
    return () => {
      current = false;
      destroy();
    };
  }, [url]);

  return (
    <video
      ref={video}
      title={title}
      controls
      autoPlay
      muted
      playsInline
      onError={() => fail.current()}
      style={{ width: "100%", height: "100%", background: "black" }}
      data-testid="stream-video"
    />
  );
}
