import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { ComingSoonPage } from "../modules/ComingSoonPage";
import { LoadFailed } from "../shell/LoadFailed";
import { useMyProducts } from "./queries";

/** 网上超市: a supplier manages its products here; browsing the hub's supermarket comes with search. */
export function CatalogPage() {
  const organisation = useCurrentOrganisation();
  if (organisation?.kind !== "supplier") return <ComingSoonPage module="catalog" />;
  return <MyProducts orgId={organisation.id} />;
}

function MyProducts({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const products = useMyProducts(orgId);
  if (products.error) return <LoadFailed error={products.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("catalog.myProducts")}</Title>
        <Button component={Link} to="/catalog/new" leftSection={<IconPlus size={18} />}>
          {t("catalog.newProduct")}
        </Button>
      </Group>
      {products.data?.length === 0 && <Text c="dimmed">{t("catalog.noProducts")}</Text>}
      {products.data?.map((product) => (
        <Card key={product.id} withBorder padding="sm" data-testid="my-product">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={500} lineClamp={2}>
              {product.title}
            </Text>
            <Badge variant="light" color={product.status === "active" ? "teal" : "gray"}>
              {t(`catalog.status.${product.status}`)}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
