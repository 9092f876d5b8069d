import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { unwrap } from "../../api/api-error";
import { api } from "../../api/client";
import { downloadFile } from "../../api/download";
import type { components } from "../../api/schema.gen";
import { postFiles } from "../../api/upload";
import { isRunning } from "./progress";

export type CatalogImport = components["schemas"]["CatalogImport"];
export type ImportReport = components["schemas"]["ImportReport"];
export type ImportChange = ImportReport["changes"][number];

/** While a check or an apply runs, the page asks this often how far it got. */
const POLL_MS = 700;

const importsKey = (orgId: string) => ["orgs", orgId, "imports"];
const path = (orgId: string, importId: string) => ({ params: { path: { orgId, importId } } });

export function downloadTemplate(orgId: string, format: "xlsx" | "csv"): Promise<void> {
  return downloadFile(`/api/orgs/${orgId}/imports/template?format=${format}`, `商品导入模板.${format}`);
}

export function useImports(orgId: string) {
  return useQuery({
    queryKey: importsKey(orgId),
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/imports", { params: { path: { orgId } } })),
  });
}

/** One import, asked again and again while it is being checked or applied. */
export function useImport(orgId: string, importId: string) {
  return useQuery({
    queryKey: [...importsKey(orgId), importId],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/imports/{importId}", path(orgId, importId))),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.status) ? POLL_MS : false),
  });
}

/** The sheet (and a ZIP of pictures) as multipart; the server answers at once and checks in the background. */
async function upload(orgId: string, files: { sheet: File; pictures: File | null }): Promise<CatalogImport> {
  const form = new FormData();
  form.append("sheet", files.sheet);
  if (files.pictures) form.append("pictures", files.pictures);
  return postFiles<CatalogImport>(`/api/orgs/${orgId}/imports`, form);
}

export function useUploadSheet(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: { sheet: File; pictures: File | null }) => upload(orgId, files),
    onSuccess: (started) => {
      queryClient.setQueryData([...importsKey(orgId), started.id], started);
      return queryClient.invalidateQueries({ queryKey: importsKey(orgId), exact: true });
    },
    meta: { inForm: true },
  });
}

export function useApplyImport(orgId: string, importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/orgs/{orgId}/imports/{importId}/apply", path(orgId, importId))),
    onSuccess: (claimed) => queryClient.setQueryData([...importsKey(orgId), importId], claimed),
    meta: { inForm: true },
  });
}

/** After an apply the supplier's product list and the supermarket are out of date. */
export function useForgetProducts(orgId: string, hubId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "products"] }),
        queryClient.invalidateQueries({ queryKey: ["hubs", hubId, "search"] }),
        queryClient.invalidateQueries({ queryKey: importsKey(orgId), exact: true }),
      ]),
    [queryClient, orgId, hubId],
  );
}
