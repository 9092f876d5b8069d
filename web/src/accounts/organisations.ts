import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components } from "../api/schema.gen";
import { meQuery } from "./me";
import { selectOrganisation } from "./selected-organisation";

export type OrgKind = components["schemas"]["OrgKind"];
export const ORG_KINDS: OrgKind[] = ["supplier", "shop", "carrier_station", "association"];

export function useHubs() {
  return useQuery({ queryKey: ["hubs"], queryFn: () => unwrap(api.GET("/api/hubs")), staleTime: 300_000 });
}

// A new or joined organisation becomes the one the person works as.
function useSwitchTo() {
  const queryClient = useQueryClient();
  return async (organisationId: string) => {
    await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
    selectOrganisation(organisationId);
  };
}

export function useCreateOrganisation() {
  const switchTo = useSwitchTo();
  return useMutation({
    mutationFn: (body: { hubId: string; kind: OrgKind; name: string }) => unwrap(api.POST("/api/orgs", { body })),
    onSuccess: (organisation) => switchTo(organisation.id),
    meta: { inForm: true },
  });
}

export function useAcceptInvitation() {
  const switchTo = useSwitchTo();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST("/api/invitations/accept", { body: { token } })),
    onSuccess: (joined) => switchTo(joined.organisation.id),
    meta: { inForm: true },
  });
}

/** Whom an invitation code would join, shown before the person accepts it. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ["invitation-preview", token],
    queryFn: () => unwrap(api.POST("/api/invitations/preview", { body: { token } })),
    enabled: token.length >= 10,
    retry: false,
  });
}
