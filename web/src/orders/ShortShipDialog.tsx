import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import type { PoLine } from "./handover";
import { useShortShip } from "./queries";

/** 少发: how many units of a line the supplier cannot hand over in all (not charged; the shop's order waits for them). */
export function ShortShipDialog({
  orgId,
  poId,
  line,
  onClose,
}: {
  orgId: string;
  poId: string;
  line: PoLine;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const short = useShortShip(orgId);
  const [typed, setTyped] = useState(String(Math.max(1, line.shortQuantity)));
  const count = Number(typed.trim());
  const valid = /^\d+$/.test(typed.trim()) && count >= 1 && count <= line.quantity;
  const [touched, setTouched] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!valid) return;
    short.mutate(
      { poId, lineId: line.orderLineId, shortQuantity: count },
      {
        onSuccess: () => {
          notifications.show({
            color: "teal",
            message: t("purchaseOrders.shortDialog.done", { code: line.skuCode, count }),
          });
          onClose();
        },
      },
    );
  }

  const fieldProblem = fieldError(short.error, "shortQuantity");
  return (
    <Modal opened onClose={onClose} title={t("purchaseOrders.shortDialog.title", { code: line.skuCode })} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t("purchaseOrders.shortDialog.intro", { count: line.quantity })}</Text>
          {!fieldProblem && <FormAlert error={short.error} />}
          <TextInput
            label={t("purchaseOrders.shortDialog.quantity")}
            inputMode="numeric"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            error={
              touched && !valid ? t("purchaseOrders.shortDialog.notQuantity", { max: line.quantity }) : fieldProblem
            }
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={short.isPending}>
              {t("purchaseOrders.shortDialog.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
