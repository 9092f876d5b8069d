import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/api-error";
import { errorMessage } from "../api/error-message";
import { usePickedProducts, usePickProduct } from "./queries";

/** 选品: puts a supermarket product into the shop's selection in one tap. */
export function PickButton({ shopId, productId }: { shopId: string; productId: string }) {
  const { t } = useTranslation();
  const pick = usePickProduct(shopId);
  const picked = usePickedProducts(shopId).includes(productId);
  const click = () =>
    pick.mutate(productId, {
      onSuccess: () => notifications.show({ color: "teal", message: t("sourcing.picked") }),
      onError: (error) =>
        notifications.show({
          color: error instanceof ApiError && error.status === 409 ? "blue" : "red",
          message:
            error instanceof ApiError && error.status === 409 ? t("sourcing.alreadyPicked") : errorMessage(error),
        }),
    });
  return (
    <Button size="xs" variant="light" mt={4} onClick={click} loading={pick.isPending} disabled={picked}>
      {picked ? t("sourcing.picked") : t("sourcing.pick")}
    </Button>
  );
}
