import { ActionIcon, Alert, Button, Code, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

type Secret = { label: string; value: string };

/** A secret the server shows only once: copy it now or lose it. */
export function OnceSecret({ secrets, onDone }: { secrets: Secret[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" icon={<IconKey size={18} />} title={t("once.title")}>
      <Stack gap="sm">
        <Text size="sm">{t("once.hint")}</Text>
        {secrets.map((secret) => (
          <Stack key={secret.label} gap={4}>
            <Text size="xs" fw={600}>
              {secret.label}
            </Text>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Code block style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="once-secret">
                {secret.value}
              </Code>
              <CopyValue value={secret.value} />
            </Group>
          </Stack>
        ))}
        <Button variant="light" color="yellow" size="xs" onClick={onDone} style={{ alignSelf: "flex-start" }}>
          {t("once.done")}
        </Button>
      </Stack>
    </Alert>
  );
}

function CopyValue({ value }: { value: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t("common.copied") : t("common.copy")} withArrow>
          <ActionIcon
            variant="light"
            color={copied ? "teal" : "gray"}
            size="lg"
            onClick={copy}
            aria-label={t("common.copy")}
          >
            {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
