import type { Metadata } from "next";
import { SIGN_IN_LINK_MINUTES } from "@/server/auth";
import { getI18n } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.pages.checkEmail.title };
}

export default async function CheckEmailPage() {
  const { t } = await getI18n();
  return (
    <>
      <h1>{t.pages.checkEmail.title}</h1>
      <p>{t.pages.checkEmail.body(SIGN_IN_LINK_MINUTES)}</p>
    </>
  );
}
