import { Badge, Button, Group, Image, ScrollArea, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams } from "react-router";
import type { MyOrganisation } from "../accounts/me";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { PickButton } from "../sourcing/PickButton";
import { usePicks } from "../sourcing/queries";
import { type Product, useProduct } from "./queries";
import { pictureUrl } from "./search";
import { VariantEditor } from "./VariantEditor";
import { VariantPrices } from "./VariantPrices";

/** 商品详情: its pictures and variants; its own supplier changes prices and stock here. */
export function ProductPage() {
  const organisation = useCurrentOrganisation();
  const { productId = "" } = useParams();
  if (!organisation) return null;
  return <ProductView organisation={organisation} productId={productId} />;
}

function ProductView({ organisation, productId }: { organisation: MyOrganisation; productId: string }) {
  const { t } = useTranslation();
  const query = useProduct(organisation.hubId, productId);
  const product = query.data;
  if (query.error) return <LoadFailed error={query.error} />;
  if (!product) return <PageLoader />;
  const own = product.supplierId === organisation.id;
  return (
    <Stack maw={760}>
      <Back />
      <Gallery product={product} />
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={2} size="h3">
          {product.title}
        </Title>
        <Badge variant="light" color={product.status === "active" ? "teal" : "gray"} style={{ flexShrink: 0 }}>
          {t(`catalog.status.${product.status}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t("catalog.product.moq", { count: product.moq })}
      </Text>
      {product.description && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }} lineClamp={6}>
          {product.description}
        </Text>
      )}
      {organisation.kind === "shop" && product.status === "active" && (
        <Picked shopId={organisation.id} productId={product.id} />
      )}
      <Stack gap={0}>
        <Title order={3} size="h4">
          {t("catalog.form.variants", { count: product.skus.length })}
        </Title>
        {own && (
          <Text size="sm" c="dimmed">
            {t("catalog.product.editHint")}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {product.skus.map((sku) =>
          own ? (
            <VariantEditor
              key={sku.id}
              orgId={organisation.id}
              hubId={organisation.hubId}
              productId={product.id}
              sku={sku}
            />
          ) : (
            <VariantPrices key={sku.id} sku={sku} />
          ),
        )}
      </SimpleGrid>
    </Stack>
  );
}

// A shop sees at once whether the product is already in its selection.
function Picked({ shopId, productId }: { shopId: string; productId: string }) {
  const { t } = useTranslation();
  const picks = usePicks(shopId).data;
  if (!picks) return null;
  if (picks.some((pick) => pick.productId === productId))
    return (
      <Badge variant="light" color="teal" size="lg" leftSection={<IconCheck size={14} />}>
        {t("sourcing.picked")}
      </Badge>
    );
  return (
    <Group>
      <PickButton shopId={shopId} productId={productId} />
    </Group>
  );
}

function Gallery({ product }: { product: Product }) {
  if (product.pictures.length === 0) return null;
  return (
    <ScrollArea type="never">
      <Group gap="xs" wrap="nowrap">
        {product.pictures.map((sha256, i) => (
          <Image
            key={sha256}
            src={pictureUrl(product.hubId, sha256, 400)}
            w={i === 0 ? 200 : 120}
            h={i === 0 ? 200 : 120}
            radius="md"
            alt={i === 0 ? product.title : ""}
          />
        ))}
      </Group>
    </ScrollArea>
  );
}

// Back where the person came from (an alert, my products); to the catalog when opened directly.
function Back() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <Button
      variant="subtle"
      px={0}
      w="fit-content"
      leftSection={<IconArrowLeft size={18} />}
      onClick={() => (location.key === "default" ? navigate("/catalog") : navigate(-1))}
    >
      {t("catalog.product.back")}
    </Button>
  );
}
