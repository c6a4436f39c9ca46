/**
 * Sending a report through the crossing page's form, as a traveller does (the page must be open
 * on the crossing; the reader signed in).
 */
import type { Page } from "@playwright/test";

export async function sendReport(page: Page, report: { direction: "a-b" | "b-a"; seen: "Open" | "Closed"; mode: string; waitMinutes?: number; notes?: string }): Promise<void> {
  const form = page.getByRole("region", { name: "Report what you found" });
  await form.getByLabel("Which way did you cross?").selectOption(report.direction);
  await form.getByLabel(report.seen, { exact: true }).check();
  await form.getByLabel("How did you travel?").selectOption(report.mode);
  if (report.waitMinutes !== undefined) await form.getByLabel(/How long did you wait/).fill(String(report.waitMinutes));
  if (report.notes !== undefined) await form.getByLabel("Notes (optional)").fill(report.notes);
  await form.getByRole("button", { name: "Send report" }).click();
}
