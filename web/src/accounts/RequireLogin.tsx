import { Container } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { LoadFailed, PageLoader } from "../shell/LoadFailed";
import { useMe } from "./me";
import { withNext } from "./next-page";

export function RequireLogin({ children }: { children: ReactNode }) {
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError)
    return (
      <Container py="xl">
        <LoadFailed error={me.error} onRetry={() => me.refetch()} />
      </Container>
    );
  if (!me.data) return <Navigate to={withNext("/login", pathname === "/" ? null : pathname + search)} replace />;
  return children;
}

/** Pages for logged-out people send a logged-in visitor on to where they were going. */
export function RedirectIfLoggedIn({ to, children }: { to: string; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={to} replace />;
  return children;
}
