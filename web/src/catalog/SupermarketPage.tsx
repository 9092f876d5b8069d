import { Button, Chip, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadFailed } from "../shell/LoadFailed";
import { PickButton } from "../sourcing/PickButton";
import { ProductCard } from "./ProductCard";
import { type SearchParams, useSupermarket } from "./search";

const SORTS = ["relevance", "newest", "price_asc", "price_desc", "sales"] as const;
type Sort = (typeof SORTS)[number];
const SWITCHES = ["dropship", "inStock", "clearance"] as const;

/** 网上超市: every active product of the hub, searched in Chinese and filtered the way sellers choose. */
export function Supermarket({ hubId, shopId }: { hubId: string; shopId?: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const [q] = useDebouncedValue(typed.trim(), 300);
  const [sort, setSort] = useState<Sort | null>(null);
  const [switches, setSwitches] = useState<string[]>([]);
  const params: SearchParams = {
    ...(q ? { q } : {}),
    ...(sort ? { sort } : {}),
    ...Object.fromEntries(switches.map((name) => [name, "true"])),
  };
  const pages = useSupermarket(hubId, params);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const total = pages.data?.pages[0]?.facets?.total;

  return (
    <Stack>
      <Title order={2}>{t("supermarket.title")}</Title>
      <TextInput
        leftSection={<IconSearch size={18} />}
        placeholder={t("supermarket.searchHint")}
        aria-label={t("supermarket.search")}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        size="md"
      />
      <Group justify="space-between" gap="xs">
        <Chip.Group multiple value={switches} onChange={setSwitches}>
          <Group gap={6}>
            {SWITCHES.map((name) => (
              <Chip key={name} value={name} size="xs">
                {t(`supermarket.filters.${name}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Select
          size="xs"
          w={130}
          aria-label={t("supermarket.sort")}
          placeholder={t("supermarket.sorts.default")}
          data={SORTS.map((value) => ({ value, label: t(`supermarket.sorts.${value}`) }))}
          value={sort}
          onChange={(value) => setSort(value as Sort | null)}
          clearable
        />
      </Group>
      {pages.error && <LoadFailed error={pages.error} />}
      {total !== undefined && (
        <Text size="sm" c="dimmed">
          {t("supermarket.total", { count: total })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4, lg: 5 }} spacing="sm">
        {items.map((item) => (
          <ProductCard
            key={item.id}
            hubId={hubId}
            item={item}
            action={shopId && <PickButton shopId={shopId} productId={item.id} />}
          />
        ))}
      </SimpleGrid>
      {pages.hasNextPage && (
        <Button variant="light" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t("supermarket.more")}
        </Button>
      )}
    </Stack>
  );
}
