import { Card, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useHubDay } from "../orders/queries";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { ContractCard } from "./ContractCard";
import { OperatorFrame } from "./OperatorFrame";
import { useCarriers, useContracts, useStations } from "./queries";
import { RateCardUpload } from "./RateCardUpload";

/** 快递合同, for hub operators: the village's contract with each carrier, uploaded as the carrier's rate card. */
export function ContractsPage() {
  const { t } = useTranslation();
  return (
    <OperatorFrame title={t("shipping.contracts.title")} intro={t("shipping.contracts.intro")}>
      {(hubId) => <Contracts key={hubId} hubId={hubId} />}
    </OperatorFrame>
  );
}

function Contracts({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const contracts = useContracts(hubId);
  const carriers = useCarriers(hubId).data ?? [];
  const stations = useStations(hubId).data ?? [];
  const { timeZone } = useHubDay(hubId);
  return (
    <Stack gap="sm">
      <Card withBorder>
        <RateCardUpload hubId={hubId} />
      </Card>
      {contracts.error && <LoadFailed error={contracts.error} onRetry={() => contracts.refetch()} />}
      {contracts.isPending && <PageLoader />}
      {contracts.data?.length === 0 && <Text c="dimmed">{t("shipping.contracts.empty")}</Text>}
      {contracts.data && contracts.data.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="contract-count">
          {t("shipping.contracts.count", { count: contracts.data.length })}
        </Text>
      )}
      {contracts.data?.map((contract) => (
        <ContractCard
          key={contract.carrier}
          hubId={hubId}
          contract={contract}
          carrier={carriers.find((carrier) => carrier.code === contract.carrier)}
          stations={stations}
          timeZone={timeZone}
        />
      ))}
    </Stack>
  );
}
