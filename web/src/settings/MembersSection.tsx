import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { MemberRow } from "./MemberRow";
import { useMembers } from "./queries";
import { Section } from "./Section";

export function MembersSection({ orgId, isOwner }: { orgId: string; isOwner: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(orgId);
  return (
    <Section title={t("settings.members.title")}>
      {members.isPending && <PageLoader />}
      {members.isError && <LoadFailed error={members.error} onRetry={() => members.refetch()} />}
      <Stack gap={0}>
        {members.data?.map((member, index) => (
          <MemberRow key={member.userId} orgId={orgId} member={member} isOwner={isOwner} first={index === 0} />
        ))}
      </Stack>
    </Section>
  );
}
