import { useMutation } from "@tanstack/react-query";
import { ApiError, unwrap } from "../api/api-error";
import { api } from "../api/client";
import { currentLanguage } from "../locales/i18n";

type Uploaded = { sha256: string };

/** Uploads pictures as multipart; the server checks each by its content and stores it once. */
async function upload(orgId: string, files: File[]): Promise<Uploaded[]> {
  const form = new FormData();
  for (const file of files) form.append("files", file);
  const response = await fetch(`/api/orgs/${orgId}/pictures`, {
    method: "POST",
    body: form,
    headers: { "accept-language": currentLanguage() },
  });
  const body = await response.json();
  if (!response.ok) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  return body.pictures;
}

export function useUploadPictures(orgId: string) {
  return useMutation({ mutationFn: (files: File[]) => upload(orgId, files) });
}

export function setGallery(orgId: string, productId: string, pictures: string[]) {
  return unwrap(
    api.PUT("/api/orgs/{orgId}/products/{productId}/pictures", {
      params: { path: { orgId, productId } },
      body: { pictures },
    }),
  );
}
