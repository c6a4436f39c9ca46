/** Pinned crossings and "near me" on the list (lib/crossings/pins.ts, lib/crossings/near.ts). */
import type { Catalog } from "@/lib/i18n/catalog";
import { formatNumber, plural } from "@/lib/i18n/plural";

export const en = {
  pins: {
    /** The star's accessible name: what a press does, so it says whether the crossing is pinned. */
    pin: (name: string) => `Pin ${name}`,
    unpin: (name: string) => `Unpin ${name}`,
    pinned: "Pinned",
    others: "Other crossings",
    /** The star's visible hint on the crossing page. */
    pinLabel: "Pin",
    unpinLabel: "Unpin",
    full: (max: number) => `You can pin at most ${max} crossings: unpin one first.`,
  },
  near: {
    label: "Sort by distance from",
    none: "Distance from…",
    yourLocation: (point: string) => `Your location (${point})`,
    useLocation: "Near me",
    locating: "Finding your location…",
    denied: "Your location is not available (permission refused or no fix).",
    invalid: "That location is not one this list knows: pick a city, or use a latitude and longitude such as 42.9,74.6.",
    sortedFrom: (from: string) => `Nearest first from ${from}, in a straight line.`,
    unplaced: (n: number) =>
      plural("en", n, { one: "# crossing has no sourced location yet: it is listed last.", other: "# crossings have no sourced location yet: they are listed last." }),
    km: (km: number) => `${formatNumber("en", km)} km`,
    approxKm: (km: number) => `~${formatNumber("en", km)} km`,
    /** For screen readers, beside "~35 km". */
    approxWhy: (uncertainty: number) => (uncertainty > 0 ? `approximate: the location may be off by ${uncertainty} km` : "approximate location"),
    distanceLabel: "Distance",
  },
};

export const ru: Catalog<typeof en> = {
  pins: {
    pin: (name) => `Закрепить ${name}`,
    unpin: (name) => `Открепить ${name}`,
    pinned: "Закреплённые",
    others: "Остальные пункты пропуска",
    pinLabel: "Закрепить",
    unpinLabel: "Открепить",
    full: (max) => `Можно закрепить не больше ${max} пунктов пропуска: сначала открепите один.`,
  },
  near: {
    label: "Сортировать по расстоянию от",
    none: "Расстояние от…",
    yourLocation: (point) => `Ваше местоположение (${point})`,
    useLocation: "Рядом со мной",
    locating: "Определяем местоположение…",
    denied: "Местоположение недоступно (нет разрешения или сигнала).",
    invalid: "Такое место списку неизвестно: выберите город или укажите широту и долготу, например 42.9,74.6.",
    sortedFrom: (from) => `Сначала ближайшие, по прямой; откуда: ${from}.`,
    unplaced: (n) =>
      plural("ru", n, {
        one: "# пункт пропуска, местоположение которого не указано в источниках, — в конце списка.",
        few: "# пункта пропуска, местоположение которых не указано в источниках, — в конце списка.",
        many: "# пунктов пропуска, местоположение которых не указано в источниках, — в конце списка.",
        other: "# пункта пропуска, местоположение которых не указано в источниках, — в конце списка.",
      }),
    km: (km) => `${formatNumber("ru", km)} км`,
    approxKm: (km) => `~${formatNumber("ru", km)} км`,
    approxWhy: (uncertainty) => (uncertainty > 0 ? `приблизительно: местоположение может отличаться на ${uncertainty} км` : "местоположение приблизительное"),
    distanceLabel: "Расстояние",
  },
};
