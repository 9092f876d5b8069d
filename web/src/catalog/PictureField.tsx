import { Button, FileButton, Group, Image, Stack, Text } from "@mantine/core";
import { IconPhotoPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message";
import { useUploadPictures } from "./pictures";
import { pictureUrl } from "./search";

/** The product's gallery in order; the first picture is the main one. Uploaded as soon as chosen. */
export function PictureField({
  orgId,
  hubId,
  value,
  onChange,
}: {
  orgId: string;
  hubId: string;
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadPictures(orgId);
  const add = (files: File[]) =>
    upload.mutate(files, { onSuccess: (pictures) => onChange([...value, ...pictures.map((p) => p.sha256)]) });
  return (
    <Stack gap="xs">
      <Text fw={600}>{t("catalog.form.pictures", { count: value.length })}</Text>
      <Group gap="xs">
        {value.map((sha256) => (
          <Image
            key={sha256}
            src={pictureUrl(hubId, sha256, 160)}
            w={72}
            h={72}
            radius="sm"
            alt=""
            data-testid="gallery-picture"
          />
        ))}
      </Group>
      <FileButton onChange={add} accept="image/jpeg,image/png,image/webp" multiple>
        {(props) => (
          <Button
            {...props}
            variant="light"
            leftSection={<IconPhotoPlus size={18} />}
            loading={upload.isPending}
            w="fit-content"
          >
            {t("catalog.form.addPictures")}
          </Button>
        )}
      </FileButton>
      {upload.error && (
        <Text c="red" size="sm" role="alert">
          {errorMessage(upload.error)}
        </Text>
      )}
    </Stack>
  );
}
