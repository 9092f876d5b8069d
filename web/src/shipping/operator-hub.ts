import { useState } from "react";
import { useMe } from "../accounts/me";
import { useCurrentOrganisation } from "../accounts/selected-organisation";

/**
 * The hub an operator works on: the one of the organisation they work as, else their first;
 * one who runs several hubs may choose another.
 */
export function useOperatorHub() {
  const hubs = useMe().data?.operatorOf ?? [];
  const current = useCurrentOrganisation();
  const [chosen, choose] = useState<string | null>(null);
  const hubId = chosen ?? hubs.find((hub) => hub.id === current?.hubId)?.id ?? hubs[0]?.id;
  return { hubs, hubId, choose };
}
