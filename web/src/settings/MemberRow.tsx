import { Badge, Group, Select, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { useMe } from "../accounts/me";
import { formatDate } from "../locales/format";
import { ConfirmButton } from "../shell/ConfirmButton";
import { useChangeRole, type useMembers, useRemoveMember } from "./queries";

type Member = NonNullable<ReturnType<typeof useMembers>["data"]>[number];

type RowProps = { orgId: string; member: Member; isOwner: boolean; first: boolean };

export function MemberRow({ orgId, member, isOwner, first }: RowProps) {
  const { t } = useTranslation();
  const myId = useMe().data?.user.id;
  const changeRole = useChangeRole(orgId);
  const remove = useRemoveMember(orgId);
  const isMe = member.userId === myId;
  const roles = (["owner", "staff"] as const).map((role) => ({ value: role, label: t(`roles.${role}`) }));

  function changeRoleTo(role: "owner" | "staff") {
    const message = t("settings.members.roleChanged");
    changeRole.mutate(
      { userId: member.userId, role },
      { onSuccess: () => notifications.show({ color: "teal", message }) },
    );
  }

  function removeMember() {
    const message = isMe ? t("settings.members.left") : t("settings.members.removed", { name: member.name });
    remove.mutate(member.userId, { onSuccess: () => notifications.show({ color: "teal", message }) });
  }

  return (
    // On a phone the role and actions wrap below the name rather than squeezing it.
    <Group
      justify="space-between"
      gap="xs"
      py="sm"
      style={{ borderTop: first ? undefined : "1px solid var(--mantine-color-default-border)" }}
    >
      <div style={{ minWidth: 0, flex: "1 1 200px" }}>
        <Text fw={500} truncate>
          {isMe ? t("settings.members.you", { name: member.name }) : member.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {member.email} · {t("settings.members.joined", { date: formatDate(member.joinedAt) })}
        </Text>
      </div>
      <Group gap="xs" wrap="nowrap" ml="auto">
        {isOwner ? (
          <Select
            size="xs"
            w={96}
            data={roles}
            value={member.role}
            allowDeselect={false}
            aria-label={t("settings.members.role")}
            onChange={(role) => role && changeRoleTo(role === "owner" ? "owner" : "staff")}
          />
        ) : (
          <Badge variant="light" color={member.role === "owner" ? "orange" : "gray"}>
            {t(`roles.${member.role}`)}
          </Badge>
        )}
        {(isOwner || isMe) && (
          <ConfirmButton
            question={
              isMe ? t("settings.members.confirmLeave") : t("settings.members.confirmRemove", { name: member.name })
            }
            onConfirm={removeMember}
            loading={remove.isPending}
          >
            {isMe ? t("settings.members.leave") : t("settings.members.remove")}
          </ConfirmButton>
        )}
      </Group>
    </Group>
  );
}
