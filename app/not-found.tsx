import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getI18n();
  const n = t.pages.notFound;
  return (
    <>
      <h1>{n.title}</h1>
      <p>{n.body}</p>
      <p>
        <Link href="/">{n.allCrossings}</Link>
      </p>
    </>
  );
}
