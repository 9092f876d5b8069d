import { Box, Input, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type LineupItem, useSellable } from "./queries";
import { SellableItemRow } from "./SellableItemRow";

/**
 * The room's lineup, picked from what the seller may sell (clearance backlog first). What is
 * picked stays picked while the search changes; it is listed first.
 */
export function LineupPicker({
  orgId,
  picked,
  onChange,
  error,
}: {
  orgId: string;
  picked: LineupItem[];
  onChange: (items: LineupItem[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const sellable = useSellable(orgId, debounced);
  const pickedIds = new Set(picked.map((item) => item.skuId));
  const toggle = (item: LineupItem) =>
    onChange(pickedIds.has(item.skuId) ? picked.filter((p) => p.skuId !== item.skuId) : [...picked, item]);
  const others = (sellable.data ?? []).filter((item) => !pickedIds.has(item.skuId));
  return (
    <Stack gap="xs">
      <Input.Label required>{t("live.schedule.lineup")}</Input.Label>
      <Text size="xs" c="dimmed" mt={-6}>
        {t("live.schedule.lineupHint", { count: picked.length })}
      </Text>
      {picked.map((item) => (
        <SellableItemRow key={item.skuId} item={item} picked onToggle={toggle} />
      ))}
      <TextInput
        aria-label={t("live.schedule.search")}
        placeholder={t("live.schedule.search")}
        leftSection={<IconSearch size={16} />}
        rightSection={sellable.isFetching ? <Loader size="xs" /> : null}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
      />
      {/* Its own scroll, so the submit button stays near on a phone; never sideways. */}
      <Box mah={420} style={{ overflowY: "auto", overflowX: "hidden" }}>
        <Stack gap={2}>
          {others.map((item) => (
            <SellableItemRow key={item.skuId} item={item} picked={false} onToggle={toggle} />
          ))}
          {sellable.data && others.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              {t("live.schedule.noneFound")}
            </Text>
          )}
        </Stack>
      </Box>
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
