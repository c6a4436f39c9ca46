"use client";
/**
 * What a reader sees when a page or an action fails in the browser (a client-side navigation
 * or a server action, e.g. while the database is away) instead of Next.js's bare "Application
 * error". A full page load during an outage gets the server's 503 page (scripts/server.mjs).
 * Its few words are kept here, not in the catalogs, so every page's JavaScript stays small;
 * the language is the page's own (<html lang>, set by the layout).
 */
import { useSyncExternalStore } from "react";

const TEXT = {
  en: {
    title: "Something went wrong",
    body: "This could not be done just now — if our database is briefly unavailable, it usually returns within seconds.",
    retry: "Try again",
  },
  ru: {
    title: "Что-то пошло не так",
    body: "Сейчас это не получилось — если наша база данных ненадолго недоступна, обычно она возвращается за несколько секунд.",
    retry: "Попробовать ещё раз",
  },
};

const noSubscription = () => () => {};

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => "en",
  );
  const t = lang === "ru" ? TEXT.ru : TEXT.en;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <button type="button" onClick={() => reset()}>
          {t.retry}
        </button>
      </p>
    </>
  );
}
