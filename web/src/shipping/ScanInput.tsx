import { TextInput } from "@mantine/core";
import { IconBarcode } from "@tabler/icons-react";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { scannedNumber } from "./scan-feedback";

/**
 * The box a USB scanner types into: it types the number and Enter, so Enter sends it and the
 * box is cleared and focused again for the next parcel, without a hand on the mouse.
 */
export function ScanInput({ onScan }: { onScan: (trackingNumber: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const input = useRef<HTMLInputElement>(null);

  // A scan that starts while the focus is elsewhere on the page (a download button was
  // tapped) still lands here: its first character brings the focus back to the box.
  useEffect(() => {
    function takeBack(event: globalThis.KeyboardEvent) {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], [role='dialog']")) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
      event.preventDefault();
      setTyped((old) => old + event.key);
      input.current?.focus();
    }
    document.addEventListener("keydown", takeBack);
    return () => document.removeEventListener("keydown", takeBack);
  }, []);

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const number = scannedNumber(typed);
    setTyped("");
    input.current?.focus();
    if (number) onScan(number);
  }

  return (
    <TextInput
      ref={input}
      size="xl"
      label={t("shipping.scan.input")}
      description={t("shipping.scan.inputHint")}
      placeholder={t("shipping.scan.placeholder")}
      leftSection={<IconBarcode size={28} />}
      value={typed}
      onChange={(event) => setTyped(event.currentTarget.value)}
      onKeyDown={keyDown}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      // A station's counter has one job on this page: the scanner's box takes the keys at once.
      autoFocus
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", letterSpacing: 1 } }}
    />
  );
}
