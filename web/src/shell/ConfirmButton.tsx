import { Button, type ButtonProps, Group, Popover, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

type Props = ButtonProps & { question: string; onConfirm: () => void; children: string };

/** A destructive action that asks once before it happens. */
export function ConfirmButton({ question, onConfirm, children, ...button }: Props) {
  const { t } = useTranslation();
  const [opened, { close, toggle }] = useDisclosure();
  return (
    <Popover opened={opened} onChange={close} position="bottom-end" withArrow shadow="md" width={260}>
      <Popover.Target>
        <Button variant="subtle" color="red" size="xs" onClick={toggle} {...button}>
          {children}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="sm">
          {question}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={close}>
            {t("common.cancel")}
          </Button>
          <Button
            color="red"
            size="xs"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {children}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
