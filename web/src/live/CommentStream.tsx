import { Box, Card, Stack, Text } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { LiveComment } from "./queries";

/** The room's comments as they come, newest at the bottom, kept in view; as tall as they need, up to `height`. */
export function CommentStream({
  comments,
  height = 260,
  bare = false,
}: {
  comments: LiveComment[];
  height?: number;
  bare?: boolean;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const last = comments.at(-1)?.id;
  // A new comment scrolls the list down, as a phone's live room does.
  useEffect(() => {
    if (last) list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [last]);
  const stream = (
    <Box ref={list} mah={height} style={{ overflowY: "auto" }} aria-label={t("live.comments.title")} role="log">
      <Stack gap={4} data-testid="comments">
        {comments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("live.comments.none")}
          </Text>
        )}
        {comments.map((comment) => (
          <Text key={comment.id} size="sm" data-testid="comment">
            <Text span c="blue.7" fw={500}>
              {comment.buyer}
            </Text>
            {"："}
            {comment.text}
          </Text>
        ))}
      </Stack>
    </Box>
  );
  if (bare) return stream;
  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="xs">
        {t("live.comments.title")}
      </Text>
      {stream}
    </Card>
  );
}
