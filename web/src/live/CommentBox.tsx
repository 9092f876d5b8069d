import { ActionIcon, Button, Group, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconSend } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message";
import { refusalOfCode } from "./buy-refusal";
import { useComment } from "./buyer-queries";
import { dealPhase } from "./deal-phase";
import type { FlashDeal } from "./queries";
import { useRefusalText } from "./refusal-text";
import { useServerNow } from "./server-clock";

/** Say something to the room; 扣1 (a deal's code) claims one unit of that deal. */
export function CommentBox({
  roomId,
  deals,
  signedIn,
  onNeedSignIn,
  disabled,
}: {
  roomId: string;
  deals: FlashDeal[];
  signedIn: boolean;
  onNeedSignIn: () => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const comment = useComment(roomId);
  const [text, setText] = useState("");
  const refusalText = useRefusalText();
  const now = useServerNow(1000);
  // The open deal a comment can claim, by its code (扣1): the quick button says it for the buyer.
  const claimDeal = deals.find((deal) => deal.code && dealPhase(deal, now) === "open");
  const claimCode = claimDeal?.code ?? undefined;

  // Only the buyer hears how a 扣1 went; it is said here, next to what they typed.
  const told = (claim: { ok: boolean; reason?: string | undefined } | undefined) => {
    if (!claim) return;
    const refusal = claim.ok ? undefined : refusalOfCode(claim.reason ?? "", claimDeal?.perBuyerLimit ?? 0);
    notifications.show(
      claim.ok
        ? { color: "green", message: t("live.comments.claimed") }
        : { color: "red", message: refusal ? refusalText(refusal) : t("live.comments.claimFailed") },
    );
  };

  const send = (words: string) => {
    if (!signedIn) return onNeedSignIn();
    if (!words.trim()) return;
    comment.mutate(words.trim(), {
      onSuccess: (answer) => {
        setText("");
        told(answer.claim);
      },
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(text);
  };

  return (
    <form onSubmit={submit}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {claimCode && (
          <Button
            color="red"
            variant="light"
            onClick={() => send(`扣${claimCode}`)}
            disabled={disabled}
            style={{ flexShrink: 0 }}
          >
            {t("live.comments.claim", { code: claimCode })}
          </Button>
        )}
        <TextInput
          style={{ flex: 1 }}
          aria-label={t("live.comments.placeholder")}
          placeholder={t(disabled ? "live.comments.closed" : "live.comments.placeholder")}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onFocus={() => !signedIn && onNeedSignIn()}
          error={comment.error ? errorMessage(comment.error) : undefined}
          maxLength={200}
          disabled={disabled}
        />
        <ActionIcon
          type="submit"
          size="lg"
          mt={2}
          aria-label={t("live.comments.send")}
          loading={comment.isPending}
          disabled={disabled}
        >
          <IconSend size={18} />
        </ActionIcon>
      </Group>
    </form>
  );
}
