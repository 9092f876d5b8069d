import { Badge, Group, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatFen } from "../locales/money";
import { useCarrierName } from "./carrier-name";
import { formatKg } from "./format";
import type { Quote } from "./queries";

/** Every carrier's price for the parcel, cheapest first, with how it is made up; the ones that cannot take it last. */
export function QuoteTable({ hubId, quotes }: { hubId: string; quotes: Quote[] }) {
  const { t, i18n } = useTranslation();
  const carrierName = useCarrierName(hubId);
  if (quotes.length === 0) return <Text c="dimmed">{t("shipping.quote.empty")}</Text>;
  const cheapest = quotes.find((quote) => quote.available)?.priceFen;
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table verticalSpacing={8} aria-label={t("shipping.quote.results")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("shipping.quote.carrier")}</Table.Th>
            <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
              {t("shipping.quote.chargeable")}
            </Table.Th>
            <Table.Th ta="right">{t("shipping.quote.price")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {quotes.map((quote) => (
            <Table.Tr
              key={quote.carrier}
              data-testid="quote-row"
              data-carrier={quote.carrier}
              data-available={quote.available}
              c={quote.available ? undefined : "dimmed"}
            >
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {carrierName(quote.carrier)}
                  </Text>
                  {quote.service === "express" && (
                    <Badge size="xs" variant="light" color="orange" radius="sm">
                      {t("shipping.service.express")}
                    </Badge>
                  )}
                  {quote.available && quote.priceFen === cheapest && (
                    <Badge size="xs" variant="filled" color="teal" radius="sm">
                      {t("shipping.quote.cheapest")}
                    </Badge>
                  )}
                </Group>
                {quote.available ? <Breakdown quote={quote} language={i18n.language} /> : <Unavailable quote={quote} />}
              </Table.Td>
              {quote.available ? <Priced quote={quote} language={i18n.language} /> : <Table.Td colSpan={2} />}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** How the price is made up: first weight, additional weight, remote surcharge, the volume tier's discount. */
function Breakdown({ quote, language }: { quote: Quote; language: string }) {
  const { t } = useTranslation();
  const money = (fen: number) => formatFen(fen, language);
  const parts = [
    t("shipping.quote.base", { amount: money(quote.baseFen ?? 0) }),
    quote.extraFen
      ? t("shipping.quote.extra", { kg: formatKg(quote.extraGrams ?? 0, language), amount: money(quote.extraFen) })
      : null,
    quote.surchargeFen ? t("shipping.quote.surcharge", { amount: money(quote.surchargeFen) }) : null,
    quote.discountFen && quote.tier
      ? t("shipping.quote.discount", { count: quote.tier.minParcels, amount: money(quote.discountFen) })
      : null,
  ].filter(Boolean);
  return (
    <Text size="xs" c="dimmed" data-testid="quote-breakdown">
      {parts.join(" · ")}
    </Text>
  );
}

function Priced({ quote, language }: { quote: Quote; language: string }) {
  const { t } = useTranslation();
  const money = (fen: number) => formatFen(fen, language);
  return (
    <>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        <Text size="sm">{t("shipping.kg", { kg: formatKg(quote.chargeableGrams ?? 0, language) })}</Text>
        {(quote.volumetricGrams ?? 0) > (quote.actualGrams ?? 0) && (
          <Text size="xs" c="dimmed">
            {t("shipping.quote.volumetric")}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
        <Text size="sm" fw={700} data-testid="quote-price">
          {money(quote.priceFen ?? 0)}
        </Text>
        {quote.discountFen ? (
          <Text size="xs" c="dimmed" td="line-through">
            {money(quote.listFen ?? 0)}
          </Text>
        ) : null}
      </Table.Td>
    </>
  );
}

function Unavailable({ quote }: { quote: Quote }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} mt={2}>
      <Badge size="sm" variant="light" color="gray" radius="sm">
        {t("shipping.quote.unavailable")}
      </Badge>
      <Text size="xs" data-testid="quote-reason">
        {quote.reasonText ?? quote.reason}
      </Text>
    </Group>
  );
}
