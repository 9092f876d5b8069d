import { z } from "zod";
import { ErrorBody } from "../../http/error-handler.js";
import { memberRole, orgKind } from "./schema.js";

// Addresses are typed on phones: forgive surrounding spaces and capitals.
export const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const Password = z.string().min(8).max(200);
export const PersonName = z.string().trim().min(1).max(50);
export const OrgName = z.string().trim().min(2).max(60);
export const Locale = z.enum(["zh-CN", "en"]);
export const OrgKind = z.enum(orgKind.enumValues).meta({ id: "OrgKind" });
export const Role = z.enum(memberRole.enumValues).meta({ id: "Role" });

export const User = z
  .object({ id: z.uuid(), email: z.string(), name: z.string(), locale: Locale })
  .meta({ id: "User" });

export const Hub = z
  .object({ id: z.uuid(), slug: z.string(), name: z.string(), nameEn: z.string(), timeZone: z.string() })
  .meta({ id: "Hub" });

export const Organisation = z
  .object({ hubId: z.uuid(), id: z.uuid(), kind: OrgKind, name: z.string() })
  .meta({ id: "Organisation" });

export const MyOrganisation = Organisation.extend({ hubName: z.string(), hubNameEn: z.string(), role: Role }).meta({
  id: "MyOrganisation",
});

export const Me = z
  .object({ user: User, organisations: z.array(MyOrganisation), operatorOf: z.array(Hub) })
  .meta({ id: "Me" });

export const OrgParams = z.object({ orgId: z.uuid() });
export const HubParams = z.object({ hubId: z.uuid() });

/**
 * Error responses a route may give, for the OpenAPI document. Every route may answer 400
 * (bad parameters); every write also 403 (see http/openapi.ts).
 */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 429)[]) =>
  Object.fromEntries([400, ...statuses].map((s) => [s, ErrorBody]));
