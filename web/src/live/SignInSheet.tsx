import { Alert, Button, Drawer, Stack, Text, TextInput } from "@mantine/core";
import { IconDeviceMobile } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../api/api-error";
import { FormAlert } from "../shell/FormAlert";
import { useSendCode, useSignIn } from "./buyer-queries";

const PHONE = /^1[3-9]\d{9}$/;

/** 手机号登录: a phone number, then the six-digit code sent to it. No password, no account to make. */
export function SignInSheet({ roomId, opened, onClose }: { roomId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="bottom"
      size="auto"
      title={t("live.signIn.title")}
      radius="md"
      styles={{ content: { maxWidth: 480, margin: "0 auto" } }}
    >
      {opened && <SignInForm roomId={roomId} onDone={onClose} />}
    </Drawer>
  );
}

function SignInForm({ roomId, onDone }: { roomId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const sendCode = useSendCode(roomId);
  const signIn = useSignIn(roomId);
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [phoneChecked, setPhoneChecked] = useState(false);
  const sent = sendCode.data;
  const phoneWrong = phoneChecked && !PHONE.test(phone.trim());

  function askCode(event: FormEvent) {
    event.preventDefault();
    setPhoneChecked(true);
    if (PHONE.test(phone.trim())) sendCode.mutate(phone.trim());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ phone: phone.trim(), code: code.trim() }, { onSuccess: onDone });
  }

  if (!sent)
    return (
      <form onSubmit={askCode} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t("live.signIn.intro")}
          </Text>
          <TextInput
            label={t("live.signIn.phone")}
            type="tel"
            inputMode="numeric"
            autoComplete="tel-national"
            leftSection={<IconDeviceMobile size={16} />}
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={phoneWrong ? t("live.signIn.phoneWrong") : fieldError(sendCode.error, "phone")}
            data-autofocus
          />
          <FormAlert error={sendCode.error} />
          <Button type="submit" loading={sendCode.isPending}>
            {t("live.signIn.sendCode")}
          </Button>
        </Stack>
      </form>
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t("live.signIn.sent", { phone: sent.sentTo })}</Text>
        {sent.devCode && (
          <Alert color="blue" variant="light" data-testid="dev-code">
            {t("live.signIn.devCode", { code: sent.devCode })}
          </Alert>
        )}
        <TextInput
          label={t("live.signIn.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={fieldError(signIn.error, "code")}
          data-autofocus
        />
        <FormAlert error={signIn.error} />
        <Button type="submit" loading={signIn.isPending} disabled={!/^\d{6}$/.test(code.trim())}>
          {t("live.signIn.submit")}
        </Button>
        <Button variant="subtle" size="xs" onClick={() => sendCode.reset()}>
          {t("live.signIn.otherPhone")}
        </Button>
      </Stack>
    </form>
  );
}
