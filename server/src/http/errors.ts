import type { MessageCode, Thing } from "./messages.js";

export type ErrorDetail = { path: string; code: string; message: string };
/** A problem with one input field, translated into the caller's language when sent. */
export type FieldProblem = { path: string; code: MessageCode; params?: Record<string, string | number> };

/** An error a caller can act on. Each meaning has one class and one HTTP status. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly problems: FieldProblem[] = [],
  ) {
    super(code);
  }
}

/** Also what another organisation's records look like: existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(thing: Thing) {
    super(404, "not_found", { thing });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(
    code:
      | "unauthenticated"
      | "invalid_credentials"
      | "tracking_signature_invalid"
      | "live_sign_in_required"
      | "live_payment_signature_invalid" = "unauthenticated",
  ) {
    super(401, code);
  }
}

export class ForbiddenError extends AppError {
  constructor(
    code: "forbidden" | "owner_required" | "operator_required" | "bad_origin" | "person_required" = "forbidden",
  ) {
    super(403, code);
  }
}

/** `field` names the input that clashes, so a form can show the message beside it. */
export class ConflictError extends AppError {
  constructor(
    code: MessageCode,
    params: Record<string, string | number> = {},
    field?: string,
    problems: FieldProblem[] = [],
  ) {
    super(409, code, params, field ? [{ path: field, code, params }, ...problems] : problems);
  }
}

export class InvalidError extends AppError {
  constructor(code: MessageCode, params: Record<string, string | number> = {}, problems: FieldProblem[] = []) {
    super(400, code, params, problems);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    code: "too_many_login_failures" | "rate_limited" | "live_comment_too_fast",
    readonly retryAfterSeconds: number,
  ) {
    super(429, code, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}
