/** Words shared by every page: states, categories, durations, the site's frame. */
import type { Catalog } from "@/lib/i18n/catalog";
import { formatNumber, plural } from "@/lib/i18n/plural";

export const en = {
  states: { open: "Open", closed: "Closed", restricted: "Restricted", unknown: "Unknown" },
  sideStates: { open: "open", closed: "closed", unknown: "unknown" },
  eligibility: {
    everyone: "Everyone, including foreigners",
    bilateral: "Citizens of the two countries only",
    goods: "Goods traffic only (no travellers)",
    unknown: "Not known: no source says who may cross",
  },
  modes: { pedestrian: "On foot", bicycle: "Bicycle", motorcycle: "Motorcycle", car: "Car", bus: "Bus", truck: "Truck", train: "Train" },
  /** Lower-case, for the middle of a sentence ("not open to car traffic"). */
  modesInline: { pedestrian: "pedestrian", bicycle: "bicycle", motorcycle: "motorcycle", car: "car", bus: "bus", truck: "truck", train: "train" },
  /** How one travels, after a verb ("travelling on foot", "travelling by car"). */
  travellingBy: { pedestrian: "on foot", bicycle: "by bicycle", motorcycle: "by motorcycle", car: "by car", bus: "by bus", truck: "by truck", train: "by train" },
  facilities: { exchange: "Money exchange", food: "Food", sim: "SIM cards", fuel: "Fuel", lodging: "Lodging", transport: "Public transport" },
  reportTags: {
    "lunch-break": "Lunch break",
    "long-queue": "Long queue",
    "foreigners-turned-back": "Foreigners turned back",
    "permit-checked": "Border permit checked",
    "fee-paid": "Fee paid",
    "documents-checked": "Documents checked closely",
    "vehicle-searched": "Vehicle searched",
    "on-foot-only": "On foot only",
  },
  seen: { open: "open", closed: "closed", restricted: "restricted" },
  units: {
    minutes: (n: number) => `${formatNumber("en", n)} min`,
    hours: (n: number) => `${formatNumber("en", n)} h`,
    hoursMinutes: (h: number, m: number) => `${formatNumber("en", h)} h ${m} min`,
    days: (n: number) => plural("en", n, { one: "# day", other: "# days" }),
  },
  ago: (duration: string) => `${duration} ago`,
  justNow: "just now",
  inDuration: (duration: string) => `in ${duration}`,
  yes: "yes",
  no: "no",
  notKnown: "not known",
  listSeparator: ", ",
  /** Free text anywhere (lib/text/free-text.ts): the character named as U+XXXX, since it is invisible. */
  freeText: {
    controlCharacter: (codePoint: string) =>
      `Text cannot contain control characters (this has ${codePoint}). Tabs and line breaks are fine; other invisible control and text-direction characters are not.`,
  },
  frame: {
    siteTitle: "Crossings — Central Asia border status",
    siteDescription: "Is the border open? Community reports and published hours for the land borders of Kyrgyzstan, Kazakhstan, Uzbekistan, Tajikistan, China and Russia.",
    skipLink: "Skip to content",
    tagline: "Central Asia land borders",
    accountNav: "Account",
    myReports: "My reports",
    account: "Account",
    moderation: "Moderation",
    signIn: "Sign in",
    signOut: "Sign out",
    language: "Language",
    footerNote: "Published hours and rules come from the sources named on each page, with their dates. Always check locally before you travel: borders change quickly.",
    api: "API",
    map: "Map",
    openData: "Open data",
    feeds: "Feeds",
  },
};

export const ru: Catalog<typeof en> = {
  states: { open: "Открыт", closed: "Закрыт", restricted: "Ограничен", unknown: "Неизвестно" },
  sideStates: { open: "открыт", closed: "закрыт", unknown: "неизвестно" },
  eligibility: {
    everyone: "Все, включая иностранцев",
    bilateral: "Только граждане двух стран",
    goods: "Только грузовое движение (без пассажиров)",
    unknown: "Неизвестно: ни один источник не сообщает, кто может пересекать границу",
  },
  modes: { pedestrian: "Пешком", bicycle: "Велосипед", motorcycle: "Мотоцикл", car: "Легковой автомобиль", bus: "Автобус", truck: "Грузовик", train: "Поезд" },
  modesInline: { pedestrian: "пешеходов", bicycle: "велосипедов", motorcycle: "мотоциклов", car: "легковых автомобилей", bus: "автобусов", truck: "грузовиков", train: "поездов" },
  travellingBy: {
    pedestrian: "пешком",
    bicycle: "на велосипеде",
    motorcycle: "на мотоцикле",
    car: "на легковом автомобиле",
    bus: "на автобусе",
    truck: "на грузовике",
    train: "на поезде",
  },
  facilities: { exchange: "Обмен валюты", food: "Еда", sim: "SIM-карты", fuel: "Топливо", lodging: "Ночлег", transport: "Общественный транспорт" },
  reportTags: {
    "lunch-break": "Обеденный перерыв",
    "long-queue": "Длинная очередь",
    "foreigners-turned-back": "Иностранцев разворачивали",
    "permit-checked": "Проверяли пропуск в погранзону",
    "fee-paid": "Платили сбор",
    "documents-checked": "Тщательно проверяли документы",
    "vehicle-searched": "Досматривали машину",
    "on-foot-only": "Только пешком",
  },
  seen: { open: "открыт", closed: "закрыт", restricted: "с ограничениями" },
  units: {
    minutes: (n: number) => `${formatNumber("ru", n)} мин`,
    hours: (n: number) => `${formatNumber("ru", n)} ч`,
    hoursMinutes: (h: number, m: number) => `${formatNumber("ru", h)} ч ${m} мин`,
    days: (n: number) => plural("ru", n, { one: "# день", few: "# дня", many: "# дней", other: "# дня" }),
  },
  ago: (duration: string) => `${duration} назад`,
  justNow: "только что",
  inDuration: (duration: string) => `через ${duration}`,
  yes: "да",
  no: "нет",
  notKnown: "неизвестно",
  listSeparator: ", ",
  freeText: {
    controlCharacter: (codePoint: string) =>
      `Текст не может содержать управляющие символы (здесь есть ${codePoint}). Табуляция и переводы строк допустимы, другие невидимые управляющие символы и символы направления текста — нет.`,
  },
  frame: {
    siteTitle: "Crossings — состояние границ Центральной Азии",
    siteDescription:
      "Открыта ли граница? Сообщения путешественников и официальные часы работы сухопутных пунктов пропуска Кыргызстана, Казахстана, Узбекистана, Таджикистана, Китая и России.",
    skipLink: "К содержанию",
    // Short enough to share the brand's line on a phone (the longer "Сухопутные границы …" took
    // a line of its own, and with it the fifth row of the list's first screen).
    tagline: "Границы Центральной Азии",
    accountNav: "Аккаунт",
    myReports: "Мои сообщения",
    account: "Аккаунт",
    moderation: "Модерация",
    signIn: "Войти",
    signOut: "Выйти",
    language: "Язык",
    footerNote: "Часы работы и правила взяты из источников, указанных на каждой странице, с датами. Перед поездкой всегда уточняйте на месте: на границе всё быстро меняется.",
    api: "API",
    map: "Карта",
    openData: "Открытые данные",
    feeds: "Ленты",
  },
};
