import { ActionIcon, Stack, Text } from "@mantine/core";
import { IconHeartFilled } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The heart every viewer taps; it beats on each tap, the count comes back from the room. */
export function LikeButton({ likes, onLike, disabled }: { likes: number; onLike: () => void; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const [beat, setBeat] = useState(0);
  return (
    <Stack gap={0} align="center">
      <ActionIcon
        size={48}
        radius="xl"
        color="pink"
        variant="filled"
        aria-label={t("live.counters.like")}
        disabled={disabled}
        onClick={() => {
          setBeat((n) => n + 1);
          onLike();
        }}
        style={{ transform: `scale(${beat % 2 ? 1.12 : 1})`, transition: "transform 120ms ease" }}
      >
        <IconHeartFilled size={26} />
      </ActionIcon>
      <Text size="xs" c="dimmed" data-testid="likes">
        {likes.toLocaleString(i18n.language)}
      </Text>
    </Stack>
  );
}
