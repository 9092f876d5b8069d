import { Box, Loader } from "@mantine/core";
import { useEffect, useState } from "react";

/**
 * A QR code of a link, drawn as SVG by bwip-js (the server prints its labels' codes with it
 * too); loaded only here, so the buyer's page never downloads it.
 */
export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let current = true;
    void import("bwip-js/browser").then(({ qrcode, drawingSVG }) => {
      const drawn = qrcode({ bcid: "qrcode", text, scale: 4, padding: 4, backgroundcolor: "FFFFFF" }, drawingSVG());
      if (current) setSvg(drawn);
    });
    return () => {
      current = false;
    };
  }, [text]);
  if (!svg) return <Loader size="sm" />;
  return (
    <Box
      component="img"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      w={size}
      h={size}
      data-testid="buyer-qr"
    />
  );
}
