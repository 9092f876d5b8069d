import { Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { CreateOrganisationForm } from "./CreateOrganisationForm";
import { JoinOrganisationForm } from "./JoinOrganisationForm";

/** After signing up, or from the switcher: start a new organisation or join one with an invitation. */
export function StartPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const [mode, setMode] = useState<"create" | "join">(code ? "join" : "create");
  return (
    <Stack maw={560} gap="md">
      <Title order={2}>{t("start.title")}</Title>
      <Text c="dimmed" size="sm">
        {t("start.intro")}
      </Text>
      <SegmentedControl
        fullWidth
        value={mode}
        onChange={(value) => setMode(value === "join" ? "join" : "create")}
        data={[
          { value: "create", label: t("start.create") },
          { value: "join", label: t("start.join") },
        ]}
      />
      <Paper withBorder radius="md" p="md">
        {mode === "create" ? <CreateOrganisationForm /> : <JoinOrganisationForm code={code} />}
      </Paper>
    </Stack>
  );
}
