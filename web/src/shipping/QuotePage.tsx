import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../accounts/me";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { FormAlert } from "../shell/FormAlert";
import { QuoteForm } from "./QuoteForm";
import { QuoteTable } from "./QuoteTable";
import { useQuote } from "./queries";

/** 运费试算, for everyone in the hub: what a parcel costs with each carrier under the village's contracts. */
export function QuotePage() {
  const { t } = useTranslation();
  const organisation = useCurrentOrganisation();
  const operatorHub = useMe().data?.operatorOf[0]?.id;
  const hubId = organisation?.hubId ?? operatorHub;
  return (
    <Stack maw={900} gap="md">
      <div>
        <Title order={2}>{t("shipping.quote.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("shipping.quote.intro")}
        </Text>
      </div>
      {hubId ? <Quotes key={hubId} hubId={hubId} /> : <Text>{t("shipping.quote.noHub")}</Text>}
    </Stack>
  );
}

function Quotes({ hubId }: { hubId: string }) {
  const quote = useQuote(hubId);
  return (
    <>
      <Card withBorder>
        <QuoteForm hubId={hubId} onQuote={(input) => quote.mutate(input)} busy={quote.isPending} />
      </Card>
      <FormAlert error={quote.error} />
      {quote.data && <QuoteTable hubId={hubId} quotes={quote.data} />}
    </>
  );
}
