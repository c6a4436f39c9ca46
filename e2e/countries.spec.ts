import { expect, test } from "@playwright/test";
import { adminContext } from "./support/roles";

/** Issue 16: a side's country is any ISO 3166-1 alpha-2 code, and nothing else. */
test("a baseline edit whose side names no ISO 3166-1 country is a 400 with the schema's message, and changes nothing", async ({ browser }) => {
  const admin = await adminContext(browser);
  const slug = "irkeshtam";
  const read = async () =>
    ((await (await admin.request.get(`/api/v1/crossings/${slug}`)).json()) as { crossing: { baseline: { sides: { country: string }[] } } }).crossing.baseline;
  const before = await read();
  for (const country of ["XK", "ZZ", "tm", "TKM"]) {
    const baseline = structuredClone(before);
    baseline.sides[1]!.country = country;
    const response = await admin.request.post(`/api/moderation/crossings/${slug}/baseline`, {
      data: { baseline, reason: "Country code test", sourceTitle: "Test", sourceUrl: "" },
    });
    expect(response.status(), country).toBe(400);
    const problem = "not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. KG, TM)";
    expect(await response.json()).toEqual({ error: { code: "invalid_request", message: `sides: ${problem}`, fields: { sides: problem } } });
  }
  expect(await read()).toEqual(before);
  await admin.close();
});
