import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCrossingRecord } from "@/db/queries/crossings";
import { requireModerator } from "@/lib/auth/guards";
import { facilityKinds, travelModes } from "@/lib/baseline/schema";
import { countryName } from "@/lib/countries";
import { facilityLabels, modeLabels } from "@/lib/format/labels";
import { editBaselineAction } from "@/app/moderation/actions";
import { BaselineForm } from "@/app/crossings/[slug]/edit/baseline-form";

export const metadata: Metadata = { title: "Edit baseline" };
export const dynamic = "force-dynamic";

export default async function EditBaselinePage({ params }: PageProps<"/crossings/[slug]/edit">) {
  const { slug } = await params;
  await requireModerator(`/crossings/${slug}/edit`);
  const record = await getCrossingRecord(slug);
  if (!record) notFound();
  const baseline = record.baseline;
  const requirement = (key: "borderPermit" | "advanceNotice" | "entryFee", label: string) => ({
    key,
    label,
    choice: baseline[key] ? (baseline[key].value.required ? "required" : "not-required") : "unknown",
    detail: baseline[key]?.value.detail ?? "",
  });
  return (
    <>
      <h1>Edit the baseline: {baseline.name.en}</h1>
      <p>
        <Link href={`/crossings/${slug}`}>Back to the crossing</Link> · <Link href={`/crossings/${slug}/history`}>History</Link>
      </p>
      <p className="muted">
        Each save is a revision with you as author, its source and reason; it can be reverted from the history. The seed never overwrites a
        revision.
      </p>
      <BaselineForm
        action={editBaselineAction.bind(null, slug)}
        today={new Date().toISOString().slice(0, 10)}
        modes={travelModes.map((mode) => ({ value: mode, label: modeLabels[mode] }))}
        defaults={{
          sides: baseline.sides.map((side) => ({ label: `${side.postName.value.en} (${countryName(side.country)})`, hours: side.hours.value })),
          who: baseline.traffic.value.who,
          modes: baseline.traffic.value.modes,
          requirements: [requirement("borderPermit", "Border permit"), requirement("advanceNotice", "Advance notice"), requirement("entryFee", "Entry fee")],
          facilities: facilityKinds.map((kind) => {
            const facility = baseline.facilities?.value.find((entry) => entry.kind === kind);
            return { kind, label: facilityLabels[kind], choice: facility ? (facility.available ? "yes" : "no") : "unknown", detail: facility?.detail ?? "" };
          }),
        }}
      />
    </>
  );
}
