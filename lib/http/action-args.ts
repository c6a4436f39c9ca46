/**
 * Server actions are public POST endpoints: anyone can call one with any arguments
 * (`Next-Action: <id>` and an encoded argument list), including its bound ones (a crossing's
 * slug) and the previous state `useActionState` sends back. Every action of the app is wrapped
 * in `checkedAction`, which checks the arguments with zod before the action runs: a call that
 * does not have the shape a form would send is answered with the action's refusal (a state
 * saying so, or nothing), logged as one `request.malformed` line, never a 500 with a stack.
 *
 * The production proxy refuses most such calls earlier, with a 400 (`malformedActionCall`):
 * this is the check that holds for whatever gets past it.
 */
import { z } from "zod";
import { logEvent } from "@/lib/log";

/** The form a browser submits (React hands the action a FormData, with or without JavaScript). */
export const formDataArg = z.instanceof(FormData);

/** A bound identifier (a crossing's slug, a report's id): a short string. */
export const idArg = z.string().min(1).max(200);

const fieldValues = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** The previous state `useActionState` sends back: the client's copy of what the action last
 * returned, so never trusted beyond its shape. The actions do not read it. */
export const formStateArg = z
  .object({
    errors: z.record(z.string(), z.unknown()).optional(),
    error: z.string().optional(),
    message: z.string().optional(),
    values: fieldValues.optional(),
    warnings: z.array(z.string()).optional(),
    token: z.string().optional(),
    name: z.string().optional(),
    email: z.string().optional(),
  })
  .nullish();

/** Why `args` were refused, in a few words for the log (never the values themselves). */
function reason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid";
  return `${issue.path.length ? `argument ${issue.path.join(".")}` : "arguments"}: ${issue.code}`.slice(0, 120);
}

/**
 * `action`, called only with arguments `params` accepts; otherwise `refuse()` answers.
 * The returned function has the action's own signature, for forms and `useActionState`.
 */
export function checkedAction<Params extends unknown[], Result>(
  name: string,
  /** A z.tuple of the arguments (bound ones first); what it accepts must be a `Params`. */
  params: z.ZodType<unknown[]>,
  refuse: () => Result | Promise<Result>,
  action: (...args: Params) => Promise<Result>,
): (...args: Params) => Promise<Result> {
  return async (...args: Params): Promise<Result> => {
    const parsed = params.safeParse(args);
    if (!parsed.success) {
      logEvent("warn", "request.malformed", { route: `action:${name}`, method: "POST", status: 400, reason: reason(parsed.error) });
      return refuse();
    }
    return action(...(parsed.data as Params));
  };
}

/** What a refused call is told, in the reader's language. */
export const malformedCallMessage = {
  en: "The form could not be read. Reload the page and send it again.",
  ru: "Не удалось прочитать форму. Обновите страницу и отправьте её снова.",
} as const;

/** Does a POST carrying `Next-Action` have the body the app's actions accept? Every action of
 * the app takes the submitted form, so React encodes its arguments as multipart/form-data whose
 * field "0" is the JSON argument list ending in a FormData reference (`"$K<n>"`). Anything else
 * (a JSON or text/plain argument list, a body that does not parse) cannot be one of our forms.
 * Returns why it is malformed, or null. */
export function malformedActionCall(contentType: string | null, rootField: FormDataEntryValue | null | undefined): string | null {
  if (!/^multipart\/form-data\b/i.test(contentType ?? "")) return "not-multipart";
  if (typeof rootField !== "string") return "no-arguments";
  let args: unknown;
  try {
    args = JSON.parse(rootField);
  } catch {
    return "arguments-not-json";
  }
  if (!Array.isArray(args) || args.length === 0) return "arguments-not-a-list";
  const last = args[args.length - 1];
  if (typeof last !== "string" || !/^\$K[0-9a-f]+$/.test(last)) return "no-form";
  return null;
}
