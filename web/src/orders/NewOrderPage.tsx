import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { ForShopsAndSuppliers } from "./ForShopsAndSuppliers";
import { OrderLinesEditor } from "./OrderLinesEditor";
import { type LineDraft, lineTypos, type OrderDraft, orderBody } from "./order-draft";
import { useCreateOrder } from "./queries";

/** 手工录单: an order taken on the phone or WeChat, typed in and reserved like an imported one. */
export function NewOrderPage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  if (!organisation) return null;
  if (organisation.kind !== "shop") return <ForShopsAndSuppliers title={t("orders.form.title")} />;
  return <NewOrderForm orgId={organisation.id} />;
}

let nextKey = 1;
const emptyLine = (): LineDraft => ({ key: nextKey++, skuCode: "", quantity: "1", price: "" });

function NewOrderForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrder(orgId);
  const [order, setOrder] = useState<OrderDraft>({ platformOrderNumber: "", buyerName: "", phone: "", address: "" });
  const [lines, setLines] = useState<LineDraft[]>(() => [emptyLine()]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (lines.some((line) => Object.keys(lineTypos(line)).length > 0)) return;
    create.mutate(orderBody(order, lines), {
      onSuccess: (created) => {
        notifications.show({ color: "teal", message: t("orders.form.saved", { number: created.platformOrderNumber }) });
        navigate("/orders");
      },
    });
  }

  const field = (key: keyof OrderDraft) => ({
    value: order[key],
    onChange: (event: { currentTarget: { value: string } }) => setOrder({ ...order, [key]: event.currentTarget.value }),
    error: fieldError(create.error, key),
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={760}>
        <div>
          <Title order={2}>{t("orders.form.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("orders.form.intro")}
          </Text>
        </div>
        <FormAlert error={create.error} />
        <Card withBorder>
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput label={t("orders.form.buyer")} withAsterisk maxLength={50} {...field("buyerName")} />
              <TextInput
                label={t("orders.form.phone")}
                withAsterisk
                type="tel"
                inputMode="tel"
                maxLength={30}
                {...field("phone")}
              />
            </Group>
            <Textarea
              label={t("orders.form.address")}
              description={t("orders.form.addressHint")}
              withAsterisk
              autosize
              minRows={2}
              maxLength={200}
              {...field("address")}
            />
            <TextInput
              label={t("orders.form.orderNumber")}
              description={t("orders.form.orderNumberHint")}
              maxLength={64}
              {...field("platformOrderNumber")}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Text fw={600}>{t("orders.form.lines")}</Text>
            <OrderLinesEditor
              lines={lines}
              error={create.error}
              onChange={setLines}
              onAdd={() => setLines([...lines, emptyLine()])}
            />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t("orders.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
