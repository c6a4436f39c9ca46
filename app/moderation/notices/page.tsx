import type { Metadata } from "next";
import { listCrossingRecords } from "@/db/queries/crossings";
import { requireModerator } from "@/server/auth/guards";
import { travelModes } from "@/lib/baseline/schema";
import { getI18n } from "@/server/i18n";
import { intlLocales } from "@/lib/i18n/locale";
import { localName } from "@/lib/i18n/reasons";
import { zoneLabel } from "@/lib/format/time";
import { localDateTimeValue } from "@/lib/reports/form-options";
import { ModerationNav, Outcome } from "@/app/moderation/action-form";
import { NoticeForm } from "@/app/moderation/notices/notice-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.moderation.notices.metaTitle };
}
export const dynamic = "force-dynamic";

export default async function NoticesPage({ searchParams }: PageProps<"/moderation/notices">) {
  await requireModerator("/moderation/notices");
  const params = await searchParams;
  const crossings = await listCrossingRecords();
  const { locale, t } = await getI18n();
  const n = t.moderation.notices;
  // Each crossing with the zone its notice's times are read in (the first post's: a crossing
  // between two zones, such as Korday, would otherwise leave the moderator guessing).
  const now = new Date();
  const choices = crossings.map((crossing) => ({
    slug: crossing.slug,
    name: `${localName(crossing.baseline.name, locale)} — ${zoneLabel(crossing.baseline.sides[0].timeZone, now, locale)}`,
  }));
  // Opened for one crossing (its page's link): the local time there now, for a notice from now.
  const chosen = typeof params.crossing === "string" ? crossings.find((crossing) => crossing.slug === params.crossing) : undefined;
  // The records come in English alphabetical order; other languages sort by their own names.
  if (locale !== "en") choices.sort((a, b) => a.name.localeCompare(b.name, intlLocales[locale]));
  return (
    <>
      <h1>{n.title}</h1>
      <ModerationNav />
      <Outcome done={params.done} error={params.error} />
      <p className="muted">{n.intro}</p>
      <NoticeForm
        crossings={choices}
        modes={travelModes.map((mode) => ({ value: mode, label: t.modes[mode] }))}
        defaultCrossing={chosen?.slug}
        nowThere={chosen ? n.nowThere(localName(chosen.baseline.name, locale), localDateTimeValue(now, chosen.baseline.sides[0].timeZone).replace("T", " ")) : undefined}
        text={n.form}
      />
    </>
  );
}
