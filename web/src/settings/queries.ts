import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { meQuery } from "../accounts/me";
import { unwrap } from "../api/api-error";
import { api } from "../api/client";
import type { components } from "../api/schema.gen";

type Role = components["schemas"]["Role"];
const org = (orgId: string) => ({ params: { path: { orgId } } });

export function useRenameOrganisation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.PATCH("/api/orgs/{orgId}", { ...org(orgId), body: { name } })),
    onSuccess: () => queryClient.invalidateQueries(meQuery),
    meta: { inForm: true },
  });
}

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "members"],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/members", org(orgId))),
  });
}

export function useChangeRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      unwrap(api.PATCH("/api/orgs/{orgId}/members/{userId}", { params: { path: { orgId, userId } }, body: { role } })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "members"] }),
        queryClient.invalidateQueries(meQuery),
      ]),
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(api.DELETE("/api/orgs/{orgId}/members/{userId}", { params: { path: { orgId, userId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "members"] }),
        queryClient.invalidateQueries(meQuery),
      ]),
  });
}

export function useInvitations(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "invitations"],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/invitations", org(orgId))),
  });
}

export function useInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email?: string; role: Role }) =>
      unwrap(api.POST("/api/orgs/{orgId}/invitations", { ...org(orgId), body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "invitations"] }),
    meta: { inForm: true },
  });
}

export function useWithdrawInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(api.DELETE("/api/orgs/{orgId}/invitations/{invitationId}", { params: { path: { orgId, invitationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "invitations"] }),
  });
}

export function useApiTokens(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "tokens"],
    queryFn: () => unwrap(api.GET("/api/orgs/{orgId}/tokens", org(orgId))),
  });
}

export function useCreateApiToken(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST("/api/orgs/{orgId}/tokens", { ...org(orgId), body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "tokens"] }),
    meta: { inForm: true },
  });
}

export function useRevokeApiToken(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) =>
      unwrap(api.DELETE("/api/orgs/{orgId}/tokens/{tokenId}", { params: { path: { orgId, tokenId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["orgs", orgId, "tokens"] }),
  });
}
