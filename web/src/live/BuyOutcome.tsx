import { Alert, Button } from "@mantine/core";
import { IconAlertCircle, IconCircleCheck, IconWifiOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { refusalOf } from "./buy-refusal";
import { type BuyAccepted, isTransient } from "./buyer-queries";
import { useRefusalText } from "./refusal-text";

/**
 * What came of the last tap: got it (pay below), refused and why, or no answer — then the
 * same request can be sent again, and the server answers the first time's result.
 */
export function BuyOutcome({
  accepted,
  error,
  perBuyerLimit,
  onRetry,
  retrying,
}: {
  accepted: BuyAccepted | undefined;
  error: unknown;
  perBuyerLimit: number;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  if (accepted)
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        data-testid="buy-accepted"
        role="status"
      >
        {t("live.buy.accepted", { count: accepted.quantity })}
      </Alert>
    );
  if (!error) return null;
  if (isTransient(error))
    return (
      <Alert color="yellow" variant="light" icon={<IconWifiOff size={18} />} data-testid="buy-unknown" role="alert">
        {t("live.buy.noAnswer")}
        <Button size="xs" variant="light" color="yellow" mt={6} display="block" loading={retrying} onClick={onRetry}>
          {t("live.buy.retry")}
        </Button>
      </Alert>
    );
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} data-testid="buy-refused" role="alert">
      {refusalText(refusalOf(error, perBuyerLimit))}
    </Alert>
  );
}
