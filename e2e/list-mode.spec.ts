/**
 * The list answers for the reader's mode of travel: with "Travelling by" chosen, each row's state
 * is the state for a traveller by that mode — the same answer the status API gives with `mode` —
 * not the state for any traffic (a notice that closes a post to cars and pedestrians only must
 * not leave it "Open" for a driver). "Open now" then means open for that mode.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/** Each row's crossing and the state it shows. */
async function listStates(page: Page, path: string): Promise<Map<string, string>> {
  await page.goto(path);
  const states = new Map<string, string>();
  for (const row of await page.getByTestId("crossing-row").all()) {
    const href = await row.getByRole("link").first().getAttribute("href");
    const state = await row.locator("[data-state]").first().getAttribute("data-state");
    states.set(href!.replace(/^\/crossings\//, ""), state!);
  }
  return states;
}

async function apiStates(request: APIRequestContext, slugs: string[], mode: string): Promise<Map<string, string>> {
  const entries = await Promise.all(
    slugs.map(async (slug) => {
      const response = await request.get(`/api/v1/crossings/${slug}/status?mode=${mode}`);
      expect(response.status()).toBe(200);
      return [slug, ((await response.json()) as { state: string }).state] as const;
    }),
  );
  return new Map(entries);
}

test.describe("the list for a mode of travel", () => {
  for (const mode of ["car", "pedestrian", "truck", "train"]) {
    test(`?mode=${mode}: every row's state is the status API's state for a traveller by ${mode}`, async ({ page }) => {
      const differing = async () => {
        const listed = await listStates(page, `/?mode=${mode}`);
        expect(listed.size).toBeGreaterThan(0);
        const api = await apiStates(page.request, [...listed.keys()], mode);
        return [...listed].filter(([slug, state]) => api.get(slug) !== state).map(([slug, state]) => `${slug}: list ${state}, API ${api.get(slug)}`);
      };
      // Read twice at most: a crossing may open or close by its hours between the two reads.
      const first = await differing();
      if (first.length) expect(await differing()).toEqual([]);
    });
  }

  test("“open now” with a mode lists only crossings open for that mode", async ({ page }) => {
    const listed = await listStates(page, "/?mode=car&open=1");
    for (const state of listed.values()) expect(state).toBe("open");
  });
});
