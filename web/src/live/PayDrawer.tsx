import { Alert, Button, Drawer, Radio, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { FormAlert } from "../shell/FormAlert";
import { AddressForm } from "./AddressForm";
import { type LiveClaim, useAddresses, usePay } from "./buyer-queries";

/** 付款: pick an address from the book (or add one), then pay; the simulated provider pays at once. */
export function PayDrawer({ claim, onClose }: { claim: LiveClaim | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={claim !== null}
      onClose={onClose}
      position="bottom"
      size="auto"
      title={t("live.pay.title")}
      radius="md"
      styles={{ content: { maxWidth: 480, margin: "0 auto" } }}
    >
      {claim && <Pay claim={claim} onPaid={onClose} />}
    </Drawer>
  );
}

function Pay({ claim, onPaid }: { claim: LiveClaim; onPaid: () => void }) {
  const { t, i18n } = useTranslation();
  const addresses = useAddresses(true);
  const pay = usePay();
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const book = addresses.data ?? [];
  const addressId = chosen ?? book[0]?.id ?? null;
  const showForm = adding || (addresses.isSuccess && book.length === 0);
  return (
    <Stack gap="sm">
      <Text size="sm">{t("live.pay.what", { title: claim.title, count: claim.quantity })}</Text>
      <Radio.Group value={addressId} onChange={setChosen} label={t("live.pay.address")}>
        <Stack gap="xs" mt={4}>
          {book.map((address) => (
            <Radio
              key={address.id}
              value={address.id}
              label={`${address.name} ${address.phone}`}
              description={address.address}
            />
          ))}
        </Stack>
      </Radio.Group>
      {showForm ? (
        <AddressForm
          onAdded={(address) => {
            setChosen(address.id);
            setAdding(false);
          }}
        />
      ) : (
        <Button variant="subtle" size="xs" onClick={() => setAdding(true)}>
          {t("live.pay.addAddress")}
        </Button>
      )}
      <Alert color="gray" variant="light">
        {t("live.pay.simulated")}
      </Alert>
      <FormAlert error={pay.error} />
      <Button
        color="red"
        size="md"
        disabled={!addressId || showForm}
        loading={pay.isPending}
        onClick={() => addressId && pay.mutate({ claimId: claim.id, addressId }, { onSuccess: onPaid })}
      >
        {t("live.pay.submit", { amount: formatFen(claim.totalFen, i18n.language) })}
      </Button>
    </Stack>
  );
}
