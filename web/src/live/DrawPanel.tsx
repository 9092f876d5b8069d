import { Button, Card, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { IconGift } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { DrawWinners } from "./DrawWinners";
import { type LiveRoom, useRunDraw } from "./queries";

const whole = (text: string, min: number, max: number) => {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : undefined;
};

/** 抽奖 among the viewers who commented in the last minutes (with a keyword, if set), and its winners. */
export function DrawPanel({ orgId, room }: { orgId: string; room: LiveRoom }) {
  const { t } = useTranslation();
  const draw = useRunDraw(orgId, room.id);
  const [prize, setPrize] = useState("");
  const [windowMinutes, setWindowMinutes] = useState("5");
  const [winners, setWinners] = useState("1");
  const [keyword, setKeyword] = useState("");
  const [checked, setChecked] = useState(false);
  const minutes = whole(windowMinutes, 1, 60);
  const count = whole(winners, 1, 100);
  const invalid = (bad: boolean, field: "prize" | "windowMinutes" | "winners") =>
    checked && bad ? t(`live.draw.errors.${field}`) : fieldError(draw.error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!prize.trim() || minutes === undefined || count === undefined) return;
    const body = {
      prize: prize.trim(),
      windowMinutes: minutes,
      winners: count,
      ...(keyword.trim() ? { keyword: keyword.trim() } : {}),
    };
    draw.mutate(body, { onSuccess: () => setChecked(false) });
  }

  return (
    <Card withBorder radius="md" padding="sm">
      <Text fw={600} mb="xs">
        {t("live.draw.title")}
      </Text>
      <Stack gap="sm">
        <DrawWinners draws={room.draws} />
        {room.status === "live" && (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t("live.draw.prize")}
                placeholder={t("live.draw.prizePlaceholder")}
                value={prize}
                onChange={(event) => setPrize(event.currentTarget.value)}
                error={invalid(!prize.trim(), "prize")}
                maxLength={60}
                withAsterisk
              />
              <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="sm">
                <TextInput
                  label={t("live.draw.window")}
                  inputMode="numeric"
                  value={windowMinutes}
                  onChange={(event) => setWindowMinutes(event.currentTarget.value)}
                  error={invalid(minutes === undefined, "windowMinutes")}
                />
                <TextInput
                  label={t("live.draw.count")}
                  inputMode="numeric"
                  value={winners}
                  onChange={(event) => setWinners(event.currentTarget.value)}
                  error={invalid(count === undefined, "winners")}
                />
                <TextInput
                  label={t("live.draw.keyword")}
                  placeholder={t("live.draw.keywordPlaceholder")}
                  value={keyword}
                  onChange={(event) => setKeyword(event.currentTarget.value)}
                  maxLength={20}
                />
              </SimpleGrid>
              <FormAlert error={draw.error} />
              <Button
                type="submit"
                variant="light"
                color="orange"
                leftSection={<IconGift size={18} />}
                loading={draw.isPending}
              >
                {t("live.draw.run")}
              </Button>
            </Stack>
          </form>
        )}
        {room.status !== "live" && room.draws.length === 0 && (
          <Text size="sm" c="dimmed">
            {t(room.status === "scheduled" ? "live.draw.whenLive" : "live.draw.none")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
