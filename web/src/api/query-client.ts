import { notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-error";
import { errorMessage } from "./error-message";

// A session that ended (expired, logged out elsewhere) makes every request answer 401;
// forgetting `me` sends the person to the log-in page instead of a wall of errors.
function forgetSessionOn401(error: unknown) {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(["me"], null);
}

// Mutations inside forms show their errors in the form (meta.inForm); any other failed
// write is announced as a notification so it is never silent.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
  queryCache: new QueryCache({ onError: forgetSessionOn401 }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      forgetSessionOn401(error);
      if (mutation.meta?.inForm) return;
      notifications.show({ color: "red", message: errorMessage(error) });
    },
  }),
});

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: { inForm?: boolean };
  }
}
