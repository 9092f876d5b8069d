import { Group, SegmentedControl } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DownloadButton } from "../orders/DownloadButton";
import { downloadLabels, type LabelSize } from "./queries";

const SIZES: LabelSize[] = ["100x180", "76x130"];

/** 打印全部面单: the day's labels in one PDF, at the size of the thermal printer's rolls. */
export function PrintLabels({
  orgId,
  date,
  disabled,
  onPrinted,
}: {
  orgId: string;
  date: string;
  disabled: boolean;
  /** Printing marks the labels printed: the list is read again to show it. */
  onPrinted: () => void;
}) {
  const { t } = useTranslation();
  const [size, setSize] = useState<LabelSize>("100x180");
  return (
    <Group gap="sm" align="center">
      <SegmentedControl
        value={size}
        onChange={(value) => setSize(value as LabelSize)}
        aria-label={t("shipping.waybills.size")}
        data={SIZES.map((one) => ({ value: one, label: t(`shipping.waybills.sizes.${one}`) }))}
      />
      <DownloadButton download={() => downloadLabels(orgId, date, size).then(onPrinted)} disabled={disabled} size="md">
        {t("shipping.waybills.print")}
      </DownloadButton>
    </Group>
  );
}
