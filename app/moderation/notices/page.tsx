import type { Metadata } from "next";
import { listCrossingRecords } from "@/db/queries/crossings";
import { requireModerator } from "@/lib/auth/guards";
import { travelModes } from "@/lib/baseline/schema";
import { modeLabels } from "@/lib/format/labels";
import { ModerationNav, Outcome } from "@/app/moderation/action-form";
import { NoticeForm } from "@/app/moderation/notices/notice-form";

export const metadata: Metadata = { title: "Post a notice" };
export const dynamic = "force-dynamic";

export default async function NoticesPage({ searchParams }: PageProps<"/moderation/notices">) {
  await requireModerator("/moderation/notices");
  const params = await searchParams;
  const crossings = await listCrossingRecords();
  return (
    <>
      <h1>Post a closure or change notice</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <p className="muted">A notice overrides the published hours for its dates, on the crossing page and in the status. Withdraw it from the crossing page.</p>
      <NoticeForm
        crossings={crossings.map((crossing) => ({ slug: crossing.slug, name: crossing.baseline.name.en }))}
        modes={travelModes.map((mode) => ({ value: mode, label: modeLabels[mode] }))}
        defaultCrossing={typeof params.crossing === "string" ? params.crossing : undefined}
      />
    </>
  );
}
