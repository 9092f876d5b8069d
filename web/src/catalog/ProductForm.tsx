import { Button, Card, Group, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { fieldError } from "../api/api-error";
import { useLocalName } from "../locales/local-name";
import { parseYuan } from "../locales/money";
import { FormAlert } from "../shell/FormAlert";
import { OptionsEditor } from "./OptionsEditor";
import { PictureField } from "./PictureField";
import { badYuanFields, type PriceDraft, PriceFields } from "./PriceFields";
import { setGallery } from "./pictures";
import { type Category, type ProductInput, useCategories, useCreateProduct } from "./queries";
import { SkuGrid, type SkuRow } from "./SkuGrid";
import { combinations, type OptionDraft, skuCode } from "./variants";

const EMPTY_PRICES: PriceDraft = {
  tier1Price: "",
  tier2Quantity: "",
  tier2Price: "",
  dropship: "",
  retail: "",
  weightGrams: "",
};

/** 发布商品: one product with its options, the variants they make, prices and stock — on a phone. */
export function ProductFormPage() {
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  return <ProductForm orgId={organisation.id} hubId={organisation.hubId} />;
}

function ProductForm({ orgId, hubId }: { orgId: string; hubId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProduct(orgId);
  const [options, setOptions] = useState<OptionDraft[]>([{ name: "颜色", values: [] }]);
  const [prices, setPrices] = useState(EMPTY_PRICES);
  const [moq, setMoq] = useState("1");
  const [prefix, setPrefix] = useState("");
  const [edits, setEdits] = useState<Record<string, Partial<SkuRow>>>({});
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [pictures, setPictures] = useState<string[]>([]);
  const rows: SkuRow[] = combinations(options).map((optionValues, i) => ({
    optionValues,
    code: skuCode(prefix, i),
    onHand: "0",
    ...edits[optionValues.join("/")],
  }));

  function submit(event: FormEvent<HTMLFormElement>, status: "draft" | "active") {
    event.preventDefault();
    if (badYuanFields(prices).length > 0) return;
    const form = new FormData(event.currentTarget);
    const body = productInput(form, { options, prices, moq, rows, categoryId, status });
    create.mutate(body, {
      onSuccess: async (product) => {
        if (pictures.length > 0) await setGallery(orgId, product.id, pictures);
        notifications.show({ color: "teal", message: t("catalog.form.saved", { title: product.title }) });
        navigate("/catalog");
      },
    });
  }

  return (
    <form onSubmit={(event) => submit(event, statusOf(event))} noValidate>
      <Stack maw={760}>
        <Title order={2}>{t("catalog.newProduct")}</Title>
        <FormAlert error={create.error} />
        <Card withBorder>
          <Stack>
            <TextInput
              name="title"
              label={t("catalog.form.title")}
              withAsterisk
              maxLength={120}
              error={fieldError(create.error, "title")}
            />
            <CategorySelect hubId={hubId} value={categoryId} onChange={setCategoryId} />
            <Textarea name="description" label={t("catalog.form.description")} autosize minRows={2} />
            <Group grow>
              <NumberInput
                label={t("catalog.form.moq")}
                min={1}
                value={moq}
                onChange={(v) => setMoq(String(v))}
                error={fieldError(create.error, "moq")}
              />
              <TextInput
                label={t("catalog.form.codePrefix")}
                value={prefix}
                onChange={(e) => setPrefix(e.currentTarget.value.toUpperCase())}
                placeholder="TOTE"
              />
            </Group>
          </Stack>
        </Card>
        <Card withBorder>
          <PictureField orgId={orgId} hubId={hubId} value={pictures} onChange={setPictures} />
        </Card>
        <Card withBorder>
          <Stack>
            <Text fw={600}>{t("catalog.form.options")}</Text>
            <OptionsEditor options={options} onChange={setOptions} />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Text fw={600}>{t("catalog.form.prices")}</Text>
            <PriceFields value={prices} onChange={setPrices} moq={moq} error={create.error} />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Text fw={600}>{t("catalog.form.variants", { count: rows.length })}</Text>
            <SkuGrid
              rows={rows}
              error={create.error}
              onChange={(next) => setEdits(Object.fromEntries(next.map((row) => [row.optionValues.join("/"), row])))}
            />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" name="status" value="draft" variant="default" loading={create.isPending}>
            {t("catalog.form.saveDraft")}
          </Button>
          <Button type="submit" name="status" value="active" loading={create.isPending}>
            {t("catalog.form.publish")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function statusOf(event: FormEvent<HTMLFormElement>): "draft" | "active" {
  const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
  return submitter?.value === "draft" ? "draft" : "active";
}

function CategorySelect({
  hubId,
  value,
  onChange,
}: {
  hubId: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const categories = useCategories(hubId).data ?? [];
  const parents = categories.filter((c) => c.parentId === null);
  const data = parents.map((parent) => ({
    group: localName(parent.name, parent.nameEn),
    items: [parent, ...categories.filter((c: Category) => c.parentId === parent.id)].map((c) => ({
      value: c.id,
      label: localName(c.name, c.nameEn),
    })),
  }));
  return (
    <Select label={t("catalog.form.category")} data={data} value={value} onChange={onChange} searchable clearable />
  );
}

// Typed yuan become fen; what does not parse is sent as is, and the server names the field.
function fen(typed: string): number {
  return parseYuan(typed) ?? Number.NaN;
}

function productInput(
  form: FormData,
  draft: {
    options: OptionDraft[];
    prices: PriceDraft;
    moq: string;
    rows: SkuRow[];
    categoryId: string | null;
    status: "draft" | "active";
  },
): ProductInput {
  const { prices } = draft;
  const moq = Number(draft.moq) || 1;
  const tiers = [{ minQuantity: moq, priceFen: fen(prices.tier1Price) }];
  if (prices.tier2Quantity.trim() || prices.tier2Price.trim())
    tiers.push({ minQuantity: Number(prices.tier2Quantity), priceFen: fen(prices.tier2Price) });
  const optional = (typed: string) => (typed.trim() ? fen(typed) : null);
  return {
    title: String(form.get("title") ?? ""),
    description: String(form.get("description") ?? ""),
    categoryId: draft.categoryId,
    moq,
    status: draft.status,
    options: draft.options.filter((o) => o.name.trim() && o.values.length > 0),
    skus: draft.rows.map((row) => ({
      code: row.code.trim(),
      optionValues: row.optionValues,
      onHand: Number(row.onHand),
      weightGrams: Number(prices.weightGrams),
      dropshipPriceFen: optional(prices.dropship),
      retailPriceFen: optional(prices.retail),
      tiers,
    })),
  };
}
