import { AspectRatio, Box, Button, Stack, Text } from "@mantine/core";
import { IconBroadcast, IconExternalLink } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { HlsVideo } from "./HlsVideo";
import type { RoomStatus } from "./queries";

const isHls = (url: string) => /\.m3u8($|\?)/i.test(url);

/**
 * The show itself: an HLS stream plays in the page; a platform's room (抖音, 快手, 淘宝直播)
 * opens in its app; without a stream, or when it fails, a poster says what is going on.
 */
export function StreamPlayer({ url, status, title }: { url: string | null; status: RoomStatus; title: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (url && isHls(url) && !failed && status !== "ended")
    return (
      <AspectRatio ratio={16 / 9}>
        <HlsVideo url={url} title={title} onFail={() => setFailed(true)} />
      </AspectRatio>
    );
  const message =
    status === "ended" ? "ended" : failed ? "failed" : url ? "platform" : status === "live" ? "noStream" : "soon";
  return (
    <Poster text={t(`live.stream.${message}`)}>
      {url && !isHls(url) && status !== "ended" && (
        <Button
          component="a"
          href={url}
          target="_blank"
          rel="noopener"
          color="red"
          leftSection={<IconExternalLink size={18} />}
        >
          {t("live.stream.open")}
        </Button>
      )}
    </Poster>
  );
}

function Poster({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <AspectRatio ratio={16 / 9}>
      <Box
        data-testid="stream-poster"
        style={{ background: "linear-gradient(135deg, #ff6b6b 0%, #f76707 55%, #fab005 100%)", color: "white" }}
      >
        <Stack align="center" justify="center" h="100%" gap="xs" p="md">
          <IconBroadcast size={44} stroke={1.4} />
          <Text fw={600} ta="center">
            {text}
          </Text>
          {children}
        </Stack>
      </Box>
    </AspectRatio>
  );
}
