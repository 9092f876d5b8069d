import { Navigate } from "react-router";
import { useMe } from "../accounts/me";
import { useCurrentOrganisation } from "../accounts/selected-organisation";
import { shippingEntries } from "./navigation";

/** /shipping (the module's tile on the home page) opens the first page the person has in the module. */
export function ShippingHome() {
  const isOperator = (useMe().data?.operatorOf.length ?? 0) > 0;
  const kind = useCurrentOrganisation()?.kind;
  const [first] = shippingEntries(kind, isOperator);
  return <Navigate to={first?.to ?? "/"} replace />;
}
