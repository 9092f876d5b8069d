import { Badge, Button, Card, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconFileImport, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { LoadFailed } from "../shell/LoadFailed";
import { useMyProducts } from "./queries";
import { Supermarket } from "./SupermarketPage";

/** 网上超市: everyone in the hub browses it; a supplier also manages its own products here. */
export function CatalogPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  if (organisation.kind === "shop") return <Supermarket hubId={organisation.hubId} shopId={organisation.id} />;
  if (organisation.kind !== "supplier") return <Supermarket hubId={organisation.hubId} />;
  return (
    <Tabs defaultValue="mine" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="mine">{t("catalog.tabs.mine")}</Tabs.Tab>
        <Tabs.Tab value="supermarket">{t("catalog.tabs.supermarket")}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="mine">
        <MyProducts orgId={organisation.id} />
      </Tabs.Panel>
      <Tabs.Panel value="supermarket">
        <Supermarket hubId={organisation.hubId} />
      </Tabs.Panel>
    </Tabs>
  );
}

function MyProducts({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const products = useMyProducts(orgId);
  if (products.error) return <LoadFailed error={products.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("catalog.myProducts")}</Title>
        <Group gap="xs">
          <Button component={Link} to="/catalog/import" variant="default" leftSection={<IconFileImport size={18} />}>
            {t("catalog.import.button")}
          </Button>
          <Button component={Link} to="/catalog/new" leftSection={<IconPlus size={18} />}>
            {t("catalog.newProduct")}
          </Button>
        </Group>
      </Group>
      {products.data?.length === 0 && <Text c="dimmed">{t("catalog.noProducts")}</Text>}
      {products.data?.map((product) => (
        <Card
          key={product.id}
          withBorder
          padding="sm"
          component={Link}
          to={`/catalog/${product.id}`}
          data-testid="my-product"
        >
          <Group justify="space-between" wrap="nowrap">
            <Text fw={500} lineClamp={2}>
              {product.title}
            </Text>
            <Badge variant="light" color={product.status === "active" ? "teal" : "gray"} style={{ flexShrink: 0 }}>
              {t(`catalog.status.${product.status}`)}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
