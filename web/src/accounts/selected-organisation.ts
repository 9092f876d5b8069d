import { useSyncExternalStore } from "react";
import { type MyOrganisation, useMe } from "./me";

const STORAGE_KEY = "taocun.organisation";
const listeners = new Set<() => void>();

export function selectOrganisation(id: string): void {
  localStorage.setItem(STORAGE_KEY, id);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** The organisation the person works as; the first one until they pick another. */
export function useCurrentOrganisation(): MyOrganisation | undefined {
  const selectedId = useSyncExternalStore(subscribe, () => localStorage.getItem(STORAGE_KEY));
  const organisations = useMe().data?.organisations ?? [];
  return organisations.find((organisation) => organisation.id === selectedId) ?? organisations[0];
}
