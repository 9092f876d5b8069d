import { Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { formatDate } from "../locales/format";
import { ConfirmButton } from "../shell/ConfirmButton";
import { LoadFailed } from "../shell/LoadFailed";
import { InviteForm } from "./InviteForm";
import { useInvitations, useWithdrawInvitation } from "./queries";
import { Section } from "./Section";

export function InvitationsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const invitations = useInvitations(orgId);
  const withdraw = useWithdrawInvitation(orgId);
  return (
    <Section title={t("settings.invitations.title")} intro={t("settings.invitations.intro")}>
      <InviteForm orgId={orgId} />
      <Text fw={600} size="sm">
        {t("settings.invitations.pending")}
      </Text>
      {invitations.isError && <LoadFailed error={invitations.error} onRetry={() => invitations.refetch()} />}
      {invitations.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("settings.invitations.none")}
        </Text>
      )}
      <Stack gap="xs">
        {invitations.data?.map((invitation) => (
          <Group key={invitation.id} justify="space-between" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" truncate>
                {invitation.email ?? t("settings.invitations.anyone")}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${invitation.role}`)} ·{" "}
                {t("settings.invitations.expires", { date: formatDate(invitation.expiresAt) })}
              </Text>
            </div>
            <ConfirmButton
              question={t("settings.invitations.withdraw")}
              onConfirm={() =>
                withdraw.mutate(invitation.id, {
                  onSuccess: () => notifications.show({ color: "teal", message: t("settings.invitations.withdrawn") }),
                })
              }
            >
              {t("settings.invitations.withdraw")}
            </ConfirmButton>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
