import type { components } from "./schema.gen";

type ErrorBody = components["schemas"]["Error"];
export type ErrorDetail = ErrorBody["error"]["details"][number];

/** An error the server explained: `message` is already in the person's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | undefined)?.error;
  return typeof error?.message === "string" && typeof error.code === "string";
}

/** Resolves to the answer's data, or throws an ApiError with the server's explanation. */
export async function unwrap<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await request;
  if (response.ok) return data as D;
  if (isErrorBody(error))
    throw new ApiError(response.status, error.error.code, error.error.message, error.error.details ?? []);
  throw new ApiError(response.status, "unexpected", response.statusText);
}

/** The server's message for one form field, if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((detail) => detail.path === field)?.message;
}
