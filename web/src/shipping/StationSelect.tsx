import { Select } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { type Contract, useSetStation } from "./queries";

/** The carrier station that collects this carrier's parcels and scans them; a rate card upload keeps it. */
export function StationSelect({
  hubId,
  contract,
  carrierName,
  stations,
}: {
  hubId: string;
  contract: Contract;
  carrierName: string;
  stations: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const setStation = useSetStation(hubId);
  const known = stations.some((station) => station.id === contract.stationId);
  const data = [
    ...stations.map((station) => ({ value: station.id, label: station.name })),
    ...(contract.stationId && !known
      ? [{ value: contract.stationId, label: t("shipping.contracts.otherStation") }]
      : []),
  ];
  return (
    <Select
      size="xs"
      label={t("shipping.contracts.station")}
      aria-label={t("shipping.contracts.stationOf", { carrier: carrierName })}
      placeholder={t("shipping.contracts.noStation")}
      data={data}
      value={contract.stationId}
      onChange={(stationId) =>
        setStation.mutate(
          { contract, stationId },
          {
            onSuccess: () =>
              notifications.show({
                color: "green",
                message: stationId
                  ? t("shipping.contracts.stationSaved", {
                      carrier: carrierName,
                      station: stations.find((station) => station.id === stationId)?.name ?? "",
                    })
                  : t("shipping.contracts.stationCleared", { carrier: carrierName }),
              }),
          },
        )
      }
      disabled={setStation.isPending}
      clearable
      searchable
      nothingFoundMessage={t("shipping.contracts.noStations")}
    />
  );
}
