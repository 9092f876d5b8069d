import { useSearchParams } from "react-router";

/** Where to go after logging in; only paths inside the app, so a link cannot send people elsewhere. */
export function useNextPage(fallback: string): string {
  const [params] = useSearchParams();
  const next = params.get("next");
  return next?.startsWith("/") && !next.startsWith("//") ? next : fallback;
}

export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
