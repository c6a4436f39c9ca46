import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCrossingRecord } from "@/db/queries/crossings";
import { requireModerator } from "@/server/auth/guards";
import { facilityKinds, travelModes } from "@/lib/baseline/schema";
import { getI18n } from "@/server/i18n";
import { localCountry, localName } from "@/lib/i18n/reasons";
import { editBaselineAction } from "@/app/moderation/actions";
import { BaselineForm } from "@/app/crossings/[slug]/edit/baseline-form";
import { ObservedHoursNote } from "@/app/_components/observed-hours";
import { observedHoursForSide } from "@/db/queries/observed-hours";
import { hoursAreUnknown } from "@/lib/history/observed-hours";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.moderation.editor.metaTitle };
}
export const dynamic = "force-dynamic";

export default async function EditBaselinePage({ params }: PageProps<"/crossings/[slug]/edit">) {
  const { slug } = await params;
  await requireModerator(`/crossings/${slug}/edit`);
  const record = await getCrossingRecord(slug);
  if (!record) notFound();
  const { locale, t } = await getI18n();
  const e = t.moderation.editor;
  const baseline = record.baseline;
  // Worked out fresh for the moderator (the action works them out again anyway).
  const now = new Date();
  const observed = await Promise.all([observedHoursForSide(record, 0, now), observedHoursForSide(record, 1, now)]);
  const unknownSides = ([0, 1] as const).filter((index) => hoursAreUnknown(baseline.sides[index].hours.value));
  const requirement = (key: "borderPermit" | "advanceNotice" | "entryFee") => ({
    key,
    label: e.requirements[key],
    neededLabel: e.needed(e.requirements[key]),
    detailsLabel: e.details(e.requirements[key]),
    choice: baseline[key] ? (baseline[key].value.required ? "required" : "not-required") : "unknown",
    detail: baseline[key]?.value.detail ?? "",
  });
  return (
    <>
      <h1>{e.title(localName(baseline.name, locale))}</h1>
      <p>
        <Link href={`/crossings/${slug}`}>{e.back}</Link> · <Link href={`/crossings/${slug}/history`}>{e.history}</Link>
      </p>
      <p className="muted">{e.intro}</p>
      {unknownSides.map((index) => (
        // No accessible name of its own: "Hours at …" names the hours field below, and one name
        // for two things sends a screen reader (and a test) to the wrong one.
        <section key={index} className="card">
          <p>
            <strong>{`${localName(baseline.sides[index].postName.value, locale)} (${localCountry(baseline.sides[index].country, locale)})`}</strong>
          </p>
          <ObservedHoursNote slug={slug} side={index} observed={observed[index]} moderator />
        </section>
      ))}
      <BaselineForm
        action={editBaselineAction.bind(null, slug)}
        today={new Date().toISOString().slice(0, 10)}
        modes={travelModes.map((mode) => ({ value: mode, label: t.modes[mode] }))}
        text={e.form}
        defaults={{
          sides: baseline.sides.map((side) => ({
            label: e.hoursLabel(`${localName(side.postName.value, locale)} (${localCountry(side.country, locale)})`),
            hours: side.hours.value,
          })),
          who: baseline.traffic.value.who,
          modes: baseline.traffic.value.modes,
          otherModesUnknown: baseline.traffic.value.otherModes === "unknown",
          requirements: [requirement("borderPermit"), requirement("advanceNotice"), requirement("entryFee")],
          facilities: facilityKinds.map((kind) => {
            const facility = baseline.facilities?.value.find((entry) => entry.kind === kind);
            const label = t.facilities[kind];
            return {
              kind,
              label,
              availableLabel: e.available(label),
              detailsLabel: e.details(label),
              options: { unknown: e.facility.unknown(label), yes: e.facility.yes(label), no: e.facility.no(label) },
              choice: facility ? (facility.available ? "yes" : "no") : "unknown",
              detail: facility?.detail ?? "",
            };
          }),
        }}
      />
    </>
  );
}
