import { Badge, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconFileSpreadsheet, IconFileTypeCsv } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../locales/format";
import { formatFen } from "../locales/money";
import { DownloadButton } from "../orders/DownloadButton";
import { ConfirmButton } from "../shell/ConfirmButton";
import { summariseCard } from "./contract-summary";
import { type CarrierInfo, type Contract, downloadRateCard, useDeleteContract } from "./queries";
import { StationSelect } from "./StationSelect";

/** One carrier's contract: capacity, volume tiers, where it delivers; its card as CSV, or ended. */
export function ContractCard({
  hubId,
  contract,
  carrier,
  stations,
  timeZone,
}: {
  hubId: string;
  contract: Contract;
  carrier: CarrierInfo | undefined;
  stations: { id: string; name: string }[];
  timeZone: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatFen(fen, i18n.language);
  const remove = useDeleteContract(hubId);
  const { card } = contract;
  const summary = summariseCard(card);
  const name = carrier ? (i18n.language === "en" ? carrier.en : carrier.zh) : contract.carrier;
  const figures = [
    {
      key: "capacity",
      value:
        card.dailyCapacity === null
          ? t("shipping.contracts.unlimited")
          : t("shipping.contracts.perDay", { count: card.dailyCapacity }),
    },
    {
      key: "from",
      value: summary.fromFen === null ? "—" : t("shipping.contracts.fromValue", { amount: money(summary.fromFen) }),
    },
    {
      key: "destinations",
      value: t("shipping.contracts.destinationsValue", { served: summary.served, notServed: summary.notServed }),
    },
  ] as const;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="contract" data-carrier={contract.carrier}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text fw={700}>{name}</Text>
              <Badge variant="outline" color="gray" radius="sm">
                {contract.carrier}
              </Badge>
              {carrier && (
                <Badge variant="light" color={carrier.service === "express" ? "orange" : "blue"} radius="sm">
                  {t(`shipping.service.${carrier.service}`)}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t("shipping.contracts.updated", { time: formatDateTime(contract.updatedAt, timeZone) })}
            </Text>
          </div>
          <Group gap="xs">
            <DownloadButton
              variant="default"
              size="xs"
              leftSection={<IconFileTypeCsv size={16} />}
              download={() => downloadRateCard(hubId, contract.carrier, "csv")}
            >
              {t("shipping.contracts.download")}
            </DownloadButton>
            <DownloadButton
              variant="default"
              size="xs"
              leftSection={<IconFileSpreadsheet size={16} />}
              download={() => downloadRateCard(hubId, contract.carrier, "xlsx")}
            >
              {t("shipping.contracts.downloadXlsx")}
            </DownloadButton>
            <ConfirmButton
              question={t("shipping.contracts.deleteConfirm", { carrier: name })}
              onConfirm={() =>
                remove.mutate(contract.carrier, {
                  onSuccess: () =>
                    notifications.show({ color: "green", message: t("shipping.contracts.deleted", { carrier: name }) }),
                })
              }
              loading={remove.isPending}
            >
              {t("shipping.contracts.delete")}
            </ConfirmButton>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {figures.map((figure) => (
            <div key={figure.key}>
              <Text size="xs" c="dimmed">
                {t(`shipping.contracts.${figure.key}`)}
              </Text>
              <Text size="sm" fw={500}>
                {figure.value}
              </Text>
            </div>
          ))}
          <StationSelect hubId={hubId} contract={contract} carrierName={name} stations={stations} />
        </SimpleGrid>
        <div>
          <Text size="xs" c="dimmed">
            {t("shipping.contracts.tiers")}
          </Text>
          {card.tiers.length === 0 ? (
            <Text size="sm">{t("shipping.contracts.noTiers")}</Text>
          ) : (
            <Group gap={6} mt={2}>
              {card.tiers.map((tier) => (
                <Badge key={tier.minParcels} variant="light" color="teal" radius="sm" tt="none" data-testid="tier">
                  {t("shipping.contracts.tier", { count: tier.minParcels, amount: money(tier.discountFen) })}
                </Badge>
              ))}
            </Group>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
