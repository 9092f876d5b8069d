import { Container } from "@mantine/core";
import { useRouteError } from "react-router";
import { LoadFailed } from "./LoadFailed";

/** A page that crashed says so instead of going blank; reloading is the way out. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Container py="xl">
      <LoadFailed error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}
