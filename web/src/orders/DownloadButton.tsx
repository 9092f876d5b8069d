import { Button, type ButtonProps } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPrinter } from "@tabler/icons-react";
import { useState } from "react";
import { errorMessage } from "../api/error-message";

type Props = ButtonProps & { download: () => Promise<void>; children: string };

/** A PDF or CSV the server makes, saved on tap; a refusal is said in a notification, never a blank page. */
export function DownloadButton({ download, children, ...button }: Props) {
  const [busy, setBusy] = useState(false);
  async function click() {
    setBusy(true);
    await download().catch((error: unknown) => notifications.show({ color: "red", message: errorMessage(error) }));
    setBusy(false);
  }
  return (
    <Button leftSection={<IconPrinter size={18} />} onClick={click} loading={busy} {...button}>
      {children}
    </Button>
  );
}
