import "server-only";
/** A reader's personal API tokens: create (shown once), revoke. */
import { z } from "zod";
import { createToken as storeToken, MAX_TOKENS_PER_USER, revokeToken as revokeStored } from "@/db/queries/tokens";
import { messagesFor } from "@/lib/i18n/messages";
import { freeText } from "@/lib/text/free-text";
import { writeService } from "@/server/services/service";

export { MAX_TOKENS_PER_USER };

export const createToken = writeService({
  name: "createToken",
  access: "signed-in",
  async parse(raw, { actor }) {
    const messages = messagesFor(actor.locale);
    const m = messages.pages.account.errors;
    const name = z.object({ name: freeText(messages.freeText.controlCharacter, m.nameShort).trim().min(2, m.nameShort).max(60, m.nameLong) }).safeParse(raw);
    return name.success ? { ok: true, value: name.data } : { kind: "invalid", message: name.error.issues[0]!.message, fields: { name: name.error.issues[0]!.message } };
  },
  async run({ name }, { user, db }) {
    const created = await storeToken(user.id, name, db);
    // The only refusal is the cap on active tokens.
    if ("error" in created) return { result: { kind: "too-many" as const, limit: MAX_TOKENS_PER_USER } };
    return { result: { kind: "created" as const, token: created.token, name } };
  },
});

export const revokeToken = writeService({
  name: "revokeToken",
  access: "signed-in",
  parse: z.object({ tokenId: z.string().max(100) }),
  async run({ tokenId }, { user, db }) {
    return { result: { kind: (await revokeStored(user.id, tokenId, db)) ? ("ok" as const) : ("not-found" as const) } };
  },
});
