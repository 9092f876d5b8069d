import { Button, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { type LiveAddress, useAddAddress } from "./buyer-queries";

/** A new address for the buyer's book: who receives it, their phone, and the address in one line. */
export function AddressForm({ onAdded }: { onAdded: (address: LiveAddress) => void }) {
  const { t } = useTranslation();
  const add = useAddAddress();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [address, setAddress] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ name: name.trim(), phone: phone.trim(), address: address.trim() }, { onSuccess: onAdded });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t("live.address.name")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldError(add.error, "name")}
          maxLength={30}
        />
        <TextInput
          label={t("live.address.phone")}
          type="tel"
          inputMode="numeric"
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={fieldError(add.error, "phone")}
        />
        <Textarea
          label={t("live.address.address")}
          placeholder={t("live.address.addressPlaceholder")}
          autosize
          minRows={2}
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          error={fieldError(add.error, "address")}
        />
        <FormAlert error={add.error} />
        <Button type="submit" variant="light" loading={add.isPending}>
          {t("live.address.save")}
        </Button>
      </Stack>
    </form>
  );
}
