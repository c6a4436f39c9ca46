import "server-only";
/** A service's shared refusals as JSON answers: one mapping for every route handler. */
import { jsonError } from "@/server/api/http";
import type { Refusal } from "@/server/services/service";

const refusalKinds = new Set(["signed-out", "forbidden", "invalid", "not-found", "rate-limited", "too-new"]);

/** Whether an outcome is one of the shared refusals (a service may give its own 429, as reports do). */
export function isRefusal<R extends { kind: string }>(result: R): result is Extract<R, { kind: Refusal["kind"] }> {
  return refusalKinds.has(result.kind);
}

/** 401, 403, 400 (with each field's message under `error.fields`), 404, or 429 with Retry-After. */
export function refusalResponse(
  refusal: Refusal,
  words: { signedOut: string; forbidden?: string; invalidCode?: string; notFound?: string; /** What is limited, for the 429 message: "reports", "flags". */ limited?: string },
): Response {
  switch (refusal.kind) {
    case "signed-out":
      return jsonError(401, "unauthorized", words.signedOut);
    case "forbidden":
      return jsonError(403, "forbidden", words.forbidden ?? "You may not do this.");
    case "not-found":
      return jsonError(404, "not_found", refusal.message ?? words.notFound ?? "Not found.");
    case "too-new":
      return jsonError(403, "account_too_new", `Accounts younger than ${refusal.minAgeHours} hours may not do this yet.`);
    case "rate-limited": {
      const seconds = Math.max(1, Math.ceil((refusal.retryAt.getTime() - Date.now()) / 1000));
      return jsonError(429, "rate_limited", `Too many ${words.limited ?? "requests"} from this ${refusal.scope}: try again after ${refusal.retryAt.toISOString()}.`, {
        "Retry-After": String(seconds),
      });
    }
    case "invalid":
      return jsonError(400, words.invalidCode ?? "invalid_request", refusal.message, undefined, Object.keys(refusal.fields).length ? { fields: refusal.fields } : undefined);
  }
}
