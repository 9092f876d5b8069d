import { Alert, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Unallocated } from "./queries";

const SHOWN = 50;

/** The parcels no carrier took, each with the reason, so none waits unnoticed. */
export function UnallocatedList({ parcels }: { parcels: Unallocated[] }) {
  const { t } = useTranslation();
  if (parcels.length === 0) return null;
  return (
    <Stack gap="xs">
      <Alert
        color="orange"
        icon={<IconAlertTriangle size={20} />}
        title={t("shipping.allocation.unallocated.title", { count: parcels.length })}
      >
        {t("shipping.allocation.unallocated.hint")}
      </Alert>
      {parcels.slice(0, SHOWN).map((parcel) => (
        <Paper key={parcel.parcelId} withBorder p="xs" radius="md" data-testid="unallocated-parcel">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {parcel.shopName}
            </Text>
            <Badge variant="light" color="orange" radius="sm" tt="none">
              {parcel.reasonText}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" ff="monospace">
            {parcel.parcelId.slice(0, 8)}
          </Text>
        </Paper>
      ))}
      {parcels.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t("shipping.allocation.unallocated.more", { count: parcels.length - SHOWN })}
        </Text>
      )}
    </Stack>
  );
}
