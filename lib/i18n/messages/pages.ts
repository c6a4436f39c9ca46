/** Sign-in, account, my reports, open data, feeds, map, API docs, alerts, not found, and the
 * wait chart and week of hours shown on a crossing's page. Sentences with a link or code in
 * the middle are split into pieces around it (`…Before`, `…After`). */
import type { Catalog, PlainCatalog } from "@/lib/i18n/catalog";
import { formatNumber, plural } from "@/lib/i18n/plural";

/** The sign-in form's words (a client component: plain strings only). */
const signInForm = {
  email: "Email address",
  sending: "Sending…",
  submit: "Email me a sign-in link",
};

/** The token form's words (a client component: plain strings only). */
const tokenForm = {
  newTokenBefore: "Your new token “",
  newTokenAfter: "”. Copy it now: it is shown only once.",
  name: "New token's name",
  creating: "Creating…",
  create: "Create token",
};

export const en = {
  signIn: {
    title: "Sign in",
    intro: (minutes: number) => `Sign in to report what you saw at a border. We email you a link; it works once, within ${minutes} minutes. No password.`,
    errors: {
      Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
      AccessDenied: "This account may not sign in.",
      TooManyLinks: (minutes: number | null) =>
        `Too many sign-in links were asked for, for this address or from your network, in the last hour: none was sent. ${minutes ? `Try again in ${plural("en", minutes, { one: "# minute", other: "# minutes" })}.` : "Try again later."}`,
      other: "Sign-in failed. Please try again.",
    },
    withProvider: (provider: string) => `Sign in with ${provider}`,
    form: signInForm,
    emailInvalid: "Enter an email address like name@example.org.",
    emailTooLong: "That address is too long: at most 254 characters.",
    tooManyLinks: (n: number, minutes: number) =>
      `We already sent ${plural("en", n, { one: "# sign-in link", other: "# sign-in links" })} to this address this hour. Use the newest one, or try again in ${plural("en", minutes, { one: "# minute", other: "# minutes" })}.`,
    tooManyFromAddress: (minutes: number) =>
      `Too many sign-in links were asked for from your network this hour. Try again in ${plural("en", minutes, { one: "# minute", other: "# minutes" })}.`,
    sendFailed: "The sign-in link could not be sent. Please try again in a minute.",
  },
  checkEmail: {
    title: "Check your email",
    body: (minutes: number) =>
      `We sent you a sign-in link. Open it on this device within ${minutes} minutes; it works once. No email? Check the spam folder, or ask for a new link.`,
  },
  account: {
    title: "Account",
    signedInAs: (email: string, role: string) => `Signed in as ${email} (${role}).`,
    roles: { traveller: "traveller", moderator: "moderator", admin: "admin" },
    alerts: "Alerts",
    noAlerts: "No alerts. Set one on a crossing’s page.",
    onState: "when it opens or closes",
    onWait: (minutes: number) => `when the wait is under ${minutes} min`,
    tokens: "Personal API tokens",
    tokensHelpBefore: "For apps and chat bots that post reports for you: send ",
    tokensHelpTo: " to ",
    tokensHelpSee: " (see the ",
    tokensHelpApi: "API",
    tokensHelpAfter: "). Same rules and limits as the form. Only a hash is kept: a lost token cannot be shown again, revoke it and make a new one.",
    revoked: "The token was revoked: it no longer works.",
    created: (when: string) => `created ${when} UTC`,
    lastUsed: (when: string) => `, last used ${when} UTC`,
    neverUsed: ", never used",
    revokedMark: " · revoked",
    revoke: "Revoke",
    tokenForm,
    errors: {
      signIn: "Sign in to create tokens.",
      nameShort: "Name the token (e.g. “Telegram bot”).",
      nameLong: "Keep the name under 60 characters.",
      tooMany: (max: number) => `At most ${max} active tokens: revoke one first.`,
    },
  },
  myReports: {
    title: "My reports",
    intro: (email: string) => `Signed in as ${email}. You can edit a report for 24 hours after sending it, and withdraw it at any time.`,
    edited: "Your report was updated; the earlier version is kept.",
    withdrawn: "Your report was withdrawn: it no longer shows or counts.",
    emptyBefore: "You have not sent any reports yet. Find your crossing on the ",
    emptyLink: "list",
    emptyAfter: ".",
    withdrawnMark: " · withdrawn",
    hiddenMark: " · hidden by a moderator",
    editedMark: " · edited",
    waited: (minutes: number) => ` · waited ${minutes} min`,
    edit: "Edit",
    notEditable: "No longer editable",
    withdraw: "Withdraw",
  },
  editReport: {
    title: "Edit report",
    heading: "Edit your report",
    tooLate: "This report can no longer be edited (24 hours after sending, or once withdrawn).",
  },
  unsubscribe: {
    title: "Stop alerts",
    doneTitle: "Alerts stopped",
    done: "You will get no more emails from this alert.",
    nothingTitle: "Nothing to stop",
    nothing: "That alert was already stopped, or the link is not valid.",
    confirmTitle: "Stop this alert?",
    confirm: "Stop this alert",
  },
  stopAlert: { stop: "Stop" },
  notFound: {
    title: "Not found",
    body: "There is no such page. The crossing may have a different name here.",
    allCrossings: "See all crossings",
  },
  data: {
    title: "Open data",
    description: "Download every crossing as GeoJSON and every public traveller report as CSV, under CC BY 4.0.",
    intro:
      "Everything Crossings shows publicly can be downloaded and reused: the crossings with their state, the baseline facts with their sources, and the travellers’ reports. No key or account is needed.",
    licence: "Licence",
    licenceBefore: "The data is published under the ",
    licenceName: "Creative Commons Attribution 4.0 International licence (CC BY 4.0)",
    licenceCredit: ". You may copy, share and adapt it, also commercially, if you credit ",
    credit: "“Crossings contributors”",
    licenceAfter: " and link back to this site.",
    sourcesBefore: "Each baseline fact (hours, seasons, rules, fees) cites its own sources with their dates, listed on each crossing’s page at ",
    sourcesAfter: " and in the API. Those sources have their own terms: credit them too when you reuse a fact that comes from them.",
    downloads: "Downloads",
    geojson: "Crossings as GeoJSON",
    geojsonText:
      "One point per crossing (RFC 7946, longitude and latitude in WGS 84) with its slug, English and Russian names, the two countries, the state now (open, closed, restricted or unknown), what that state rests on (reports, a notice, the schedule or nothing), a one-line headline and the link to its page. Opens in QGIS, geojson.io, Leaflet or MapLibre. The licence and attribution are part of the file.",
    csv: "Traveller reports as CSV",
    csvText:
      "Every public report, newest observed first: what the traveller saw, when, in which direction, how long they waited, and how many readers confirmed or disputed it. Reports hidden by moderators or withdrawn by their authors are left out, and so is everything about who wrote them. The header row comes first; times are ISO 8601 in UTC; tags are separated by semicolons.",
    columns: "Columns: ",
    columnsAfter: ".",
    capBefore: (cap: number) => `At most ${formatNumber("en", cap)} reports per download. When there are more, the response’s `,
    capHeader: " header (",
    capNext: ") gives the next part: ",
    capAfter: " an ISO 8601 instant returns the reports observed before it.",
    formulaBefore: "Text that a spreadsheet could run as a formula (starting with ",
    formulaOr: " or ",
    formulaAfter: ") starts with an apostrophe in the file.",
    api: "The JSON API",
    apiBefore: "Every crossing with its state now at ",
    apiOne: "; one crossing with its sourced baseline, its full status at any instant, and its reports under ",
    apiSee: ". See the ",
    apiDocs: "API documentation",
    apiAfter: " for every endpoint and field.",
    map: "Map",
    mapBefore: "The ",
    mapLink: "map of crossings",
    mapFrom: " shows the same states on country outlines from ",
    mapAfter: " (public domain), drawn on the server: it loads no map tiles and works without JavaScript.",
    caveats: "Before you rely on it",
    caveatStatesBefore: "States change quickly; every answer carries the time it was generated (",
    caveatStatesAfter: ").",
    caveatReports: "Reports are what one traveller saw at one moment; they are moderated, not verified unless marked so.",
    caveatSources: "Where sources disagree, the crossing’s page and the API show both: check before you travel.",
  },
  feeds: {
    title: "Feeds",
    description: "Atom feeds of traveller reports, notices and changes of state, per crossing and per country.",
    countryFeedTitle: (country: string) => `${country} border crossings (Atom)`,
    introBefore: "Follow a crossing, or every crossing of a country, in any feed reader. The feeds are ",
    introAfter: (days: number) => `, carry the last ${days} days, and are shared under CC BY 4.0 (credit “Crossings contributors”).`,
    entries: "What an entry is",
    reportTitle: "A traveller’s report",
    reportText:
      ", when it is posted: what they saw (open, closed, restricted), which way, how they travelled and how long they waited, with their notes. Reports hidden by moderators or withdrawn by their authors never appear, and no entry says who wrote it.",
    noticeTitle: "A notice",
    noticeText: " posted by a moderator: a dated closure or change, its dates in the crossing’s local time, and its source.",
    changeTitle: "A change of state",
    changeText:
      " (“Now closed — reports”): when a report or a notice changed what the crossing’s page would have said, with the reason. Changes by the published hours alone are not entries: those are known in advance and shown on each crossing’s page.",
    byCountry: "By country",
    byCountryText: (n: number) => `Every crossing on that country’s borders, in one feed (the newest ${n} entries).`,
    byCrossing: "By crossing",
    byCrossingBefore: (n: number) => `Each crossing has its own feed (the newest ${n} entries) at `,
    byCrossingAfter: ", named as in the address of its page; a crossing’s page also announces its feed to browsers and readers.",
    feed: "feed",
  },
  map: {
    title: "Map",
    description:
      "Every Central Asian land border crossing on one map, with its state now: open, closed, restricted or unknown. Zoom in on any border; it works on a phone without JavaScript.",
    heading: "Map of crossings",
    intro:
      "Each crossing’s state right now, from travellers’ reports, notices and both sides’ published hours. Choose a marker for the details, or a number to zoom in on crossings close together; the same crossings are listed under the map.",
    caption: (n: number, unplaced = 0) =>
      `${plural("en", n, { one: "# border crossing", other: "# border crossings" })} of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan and Turkmenistan with their neighbours, by state${unplaced ? `; ${unplaced} without a sourced location are listed below but not drawn` : ""}. Borders: Natural Earth (public domain).`,
    /** The SVG's own name (lib/map/svg.ts writes it; English there until it takes a locale). */
    outlineTitle:
      "Outline map of Central Asia: Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan, Turkmenistan and the neighbouring parts of Russia, China, Mongolia, Afghanistan and Iran",
    legend: "Legend",
    shapes: { circle: "circle", square: "square", triangle: "triangle", diamond: "diamond" },
    legendItem: (label: string, shape: string, glyph: string, count: number) => `${label} (${shape} with ${glyph}): ${count}`,
    all: "All crossings",
    notPlaced: "location not yet sourced, not on the map",
    footerBefore: "The map is drawn on the server from bundled Natural Earth outlines: no map tiles are loaded. The same data is available as ",
    footerData: "open data",
    footerIncluding: ", including a ",
    footerGeojson: "GeoJSON file",
    footerAfter: " for your own maps.",
    /** Zooming, groups and approximate locations (lib/map/view.ts, lib/map/layout.ts). */
    views: {
      markers: {
        approximate: (km: number) => `location approximate (±${km} km)`,
        member: (name: string, state: string) => `${name} (${state})`,
        group: (count: number, members: string, zoom: number) => `${count} crossings close together: ${members}. Zoom in ×${zoom}`,
      },
      zoomedCaption: (zoom: number, n: number, countries: string) =>
        `Zoomed in ×${zoom}: ${plural("en", n, { one: "# border crossing", other: "# border crossings" })}${countries ? ` on the borders of ${countries}` : ""}. Borders: Natural Earth (public domain).`,
      badQuery:
        "That map view could not be shown: a zoom needs zoom=2, 4, 8 or 16 with lat (32 to 58) and lon (36 to 100) in decimal degrees, each given once. Here is the whole map.",
      navigation: "Move the map",
      whole: "Whole map",
      zoomOut: (zoom: number) => (zoom > 1 ? `Zoom out to ×${zoom}` : "Zoom out to the whole map"),
      pan: { north: "Move north", south: "Move south", west: "Move west", east: "Move east" },
      regions: "Zoom in on a border (how many crossings are on the map)",
      region: (border: string, n: number) => `${border} (${formatNumber("en", n)})`,
      groupLegend: "Dark disc with a number: that many crossings too close together to tell apart; choose it to zoom in",
      approximateLegend: (km: number) => `Dashed outline: location approximate (its sources say ±${km} km or more); zoomed in, a dashed circle shows how far`,
      spreadLegend: "At the closest zoom, crossings a few km apart are drawn side by side, each with a line to its place",
      inView: "Crossings in this view",
      allOnWholeMap: "All crossings are listed under the whole map.",
    },
  },
  apiDocs: {
    title: "API",
    /** Said only where the API's own descriptions are in another language than the page. */
    languageNote: "",
    machineReadable: "Machine-readable:",
    cors: "Public GET answers allow any origin (CORS) and carry an ETag.",
    signedIn: " (signed in)",
    parameters: "Parameters",
    parameter: "Parameter",
    in: "In",
    meaning: "Meaning",
    required: " (required)",
  },
  weekHours: {
    caption: (post: string) => `Hours at ${post} for the next seven days`,
    day: "Day",
    localTime: "Local time",
    yourTime: "Your time:",
    closed: "Closed",
    unknown: "Unknown",
    only: (modes: string) => `${modes} only (by notice)`,
  },
  waitChart: {
    slot: (day: string, from: string, to: string) => `${day} ${from}–${to}`,
    notEnough: (hours: number, perHour: number, hoursSoFar: number, reports: number) =>
      reports === 0
        ? `No reports with a wait yet: the best time to cross is named once ${plural("en", hours, { one: "# hour", other: "# hours" })} of the week have ${plural("en", perHour, { one: "# report", other: "# reports" })} each.`
        : `Not enough reports yet to name the best time to cross: that needs ${plural("en", hours, { one: "# hour", other: "# hours" })} of the week with ${plural("en", perHour, { one: "# report", other: "# reports" })} each to compare; so far ${plural("en", hoursSoFar, { one: "# hour has", other: "# hours have" })}, of ${plural("en", reports, { one: "# report", other: "# reports" })} in all.`,
    best: (slot: string, zone: string, minutes: number, reports: number, hours: number) =>
      `Best time to cross: ${slot} ${zone} time (typically ${minutes} min, from ${plural("en", reports, { one: "# report", other: "# reports" })}; ${plural("en", hours, { one: "# hour", other: "# hours" })} of the week compared)`,
    slowest: (slot: string, minutes: number, reports: number) =>
      `; slowest: ${slot} (typically ${minutes} min, from ${plural("en", reports, { one: "# report", other: "# reports" })}).`,
  },
};

export const ru: Catalog<typeof en> = {
  signIn: {
    title: "Вход",
    intro: (minutes) =>
      `Войдите, чтобы сообщать, что вы увидели на границе. Мы пришлём ссылку на вашу почту; она действует один раз в течение ${plural("ru", minutes, { one: "# минуты", few: "# минут", many: "# минут", other: "# минуты" })}. Пароль не нужен.`,
    errors: {
      Verification: "Срок действия этой ссылки для входа истёк, или она уже была использована. Запросите новую ниже.",
      AccessDenied: "Для этой учётной записи вход закрыт.",
      TooManyLinks: (minutes) =>
        `За последний час для этого адреса или из вашей сети запросили слишком много ссылок для входа: ссылка не отправлена. ${minutes ? `Попробуйте снова через ${plural("ru", minutes, { one: "# минуту", few: "# минуты", many: "# минут", other: "# минуты" })}.` : "Попробуйте позже."}`,
      other: "Войти не удалось. Попробуйте ещё раз.",
    },
    withProvider: (provider) => `Войти через ${provider}`,
    form: {
      email: "Адрес электронной почты",
      sending: "Отправляем…",
      submit: "Прислать ссылку для входа",
    } satisfies PlainCatalog<typeof signInForm>,
    emailInvalid: "Введите адрес электронной почты, например name@example.org.",
    emailTooLong: "Слишком длинный адрес: не больше 254 символов.",
    tooManyLinks: (n, minutes) =>
      `За этот час мы уже отправили на этот адрес ${plural("ru", n, { one: "# ссылку", few: "# ссылки", many: "# ссылок", other: "# ссылки" })} для входа. Воспользуйтесь последней или попробуйте снова через ${plural("ru", minutes, { one: "# минуту", few: "# минуты", many: "# минут", other: "# минуты" })}.`,
    tooManyFromAddress: (minutes) =>
      `За этот час из вашей сети запросили слишком много ссылок для входа. Попробуйте снова через ${plural("ru", minutes, { one: "# минуту", few: "# минуты", many: "# минут", other: "# минуты" })}.`,
    sendFailed: "Не удалось отправить ссылку для входа. Попробуйте ещё раз через минуту.",
  },
  checkEmail: {
    title: "Проверьте почту",
    body: (minutes) =>
      `Мы отправили вам ссылку для входа. Откройте её на этом устройстве в течение ${plural("ru", minutes, { one: "# минуты", few: "# минут", many: "# минут", other: "# минуты" })}; она действует один раз. Письма нет? Проверьте папку «Спам» или запросите новую ссылку.`,
  },
  account: {
    title: "Аккаунт",
    signedInAs: (email, role) => `Вы вошли как ${email} (${role}).`,
    roles: { traveller: "путешественник", moderator: "модератор", admin: "администратор" },
    alerts: "Оповещения",
    noAlerts: "Оповещений нет. Настроить оповещение можно на странице пункта пропуска.",
    onState: "когда откроется или закроется",
    onWait: (minutes) => `когда ожидание меньше ${formatNumber("ru", minutes)} мин`,
    tokens: "Личные API-токены",
    tokensHelpBefore: "Для приложений и чат-ботов, которые отправляют сообщения от вашего имени: передавайте заголовок ",
    tokensHelpTo: " в запросе ",
    tokensHelpSee: " (см. ",
    tokensHelpApi: "API",
    tokensHelpAfter: "). Правила и ограничения те же, что у формы. Хранится только хеш токена: потерянный токен показать снова нельзя — отзовите его и создайте новый.",
    revoked: "Токен отозван: он больше не работает.",
    created: (when) => `создан ${when} UTC`,
    lastUsed: (when) => `, последнее использование ${when} UTC`,
    neverUsed: ", ещё не использовался",
    revokedMark: " · отозван",
    revoke: "Отозвать",
    tokenForm: {
      newTokenBefore: "Ваш новый токен «",
      newTokenAfter: "». Скопируйте его сейчас: он показывается только один раз.",
      name: "Название нового токена",
      creating: "Создаём…",
      create: "Создать токен",
    } satisfies PlainCatalog<typeof tokenForm>,
    errors: {
      signIn: "Войдите, чтобы создавать токены.",
      nameShort: "Дайте токену название (например, «Telegram-бот»).",
      nameLong: "Название должно быть короче 60 символов.",
      tooMany: (max) => `Активных токенов может быть не больше ${formatNumber("ru", max)}: сначала отзовите один из них.`,
    },
  },
  myReports: {
    title: "Мои сообщения",
    intro: (email) => `Вы вошли как ${email}. Сообщение можно изменить в течение 24 часов после отправки, а отозвать — в любое время.`,
    edited: "Сообщение изменено; прежняя версия сохранена.",
    withdrawn: "Сообщение отозвано: оно больше не показывается и не учитывается.",
    emptyBefore: "Вы ещё не отправили ни одного сообщения. Найдите свой пункт пропуска в ",
    emptyLink: "списке",
    emptyAfter: ".",
    withdrawnMark: " · отозвано",
    hiddenMark: " · скрыто модератором",
    editedMark: " · изменено",
    waited: (minutes) => ` · ожидание ${formatNumber("ru", minutes)} мин`,
    edit: "Изменить",
    notEditable: "Изменить уже нельзя",
    withdraw: "Отозвать",
  },
  editReport: {
    title: "Изменение сообщения",
    heading: "Изменить сообщение",
    tooLate: "Это сообщение больше нельзя изменить (прошло 24 часа после отправки, или оно отозвано).",
  },
  unsubscribe: {
    title: "Отключение оповещений",
    doneTitle: "Оповещение отключено",
    done: "Писем по этому оповещению больше не будет.",
    nothingTitle: "Нечего отключать",
    nothing: "Это оповещение уже отключено, или ссылка недействительна.",
    confirmTitle: "Отключить это оповещение?",
    confirm: "Отключить оповещение",
  },
  stopAlert: { stop: "Отключить" },
  notFound: {
    title: "Не найдено",
    body: "Такой страницы нет. Возможно, пункт пропуска называется здесь иначе.",
    allCrossings: "Все пункты пропуска",
  },
  data: {
    title: "Открытые данные",
    description: "Все пункты пропуска в формате GeoJSON и все публичные сообщения путешественников в CSV — по лицензии CC BY 4.0.",
    intro:
      "Всё, что Crossings показывает публично, можно скачать и использовать повторно: пункты пропуска с их состоянием, базовые сведения с источниками и сообщения путешественников. Ни ключ, ни аккаунт не нужны.",
    licence: "Лицензия",
    licenceBefore: "Данные публикуются по ",
    licenceName: "лицензии Creative Commons Attribution 4.0 International (CC BY 4.0)",
    licenceCredit: ". Их можно копировать, распространять и изменять, в том числе в коммерческих целях, если указать авторство — ",
    credit: "«Crossings contributors»",
    licenceAfter: " — и дать ссылку на этот сайт.",
    sourcesBefore: "Каждый базовый факт (часы работы, сезоны, правила, сборы) ссылается на свои источники с датами; они перечислены на странице каждого пункта пропуска по адресу ",
    sourcesAfter: " и в API. У этих источников свои условия: указывайте и их, когда используете взятые из них сведения.",
    downloads: "Скачать",
    geojson: "Пункты пропуска в GeoJSON",
    geojsonText:
      "По точке на каждый пункт пропуска (RFC 7946, долгота и широта в WGS 84): идентификатор (slug), названия на английском и русском, две страны, состояние сейчас (open, closed, restricted или unknown — открыт, закрыт, с ограничениями или неизвестно), на чём оно основано (сообщения, объявление, расписание или ничего), заголовок в одну строку и ссылка на страницу пункта. Открывается в QGIS, geojson.io, Leaflet и MapLibre. Лицензия и указание авторства входят в файл. Значения в файле — на английском.",
    csv: "Сообщения путешественников в CSV",
    csvText:
      "Все публичные сообщения, начиная с самых свежих наблюдений: что увидел путешественник, когда, в каком направлении, сколько ждал и сколько читателей подтвердили или оспорили сообщение. Сообщения, скрытые модераторами или отозванные авторами, не включаются, как и любые сведения об авторах. Первая строка — заголовки; время — ISO 8601 в UTC; отметки разделены точкой с запятой.",
    columns: "Столбцы: ",
    columnsAfter: ".",
    capBefore: (cap) =>
      `Не больше ${plural("ru", cap, { one: "# сообщения", other: "# сообщений" })} за одно скачивание. Если их больше, следующую часть указывает заголовок ответа `,
    capHeader: " (",
    capNext: "): ",
    capAfter: " с моментом в формате ISO 8601 возвращает сообщения, наблюдавшиеся до него.",
    formulaBefore: "Текст, который электронная таблица могла бы выполнить как формулу (начинающийся с ",
    formulaOr: " или ",
    formulaAfter: "), в файле начинается с апострофа.",
    api: "JSON API",
    apiBefore: "Все пункты пропуска с их текущим состоянием — по адресу ",
    apiOne: "; отдельный пункт с базовыми сведениями и их источниками, полным статусом на любой момент и сообщениями — по адресу ",
    apiSee: ". Все методы и поля описаны в ",
    apiDocs: "документации API",
    apiAfter: ".",
    map: "Карта",
    mapBefore: "На ",
    mapLink: "карте пунктов пропуска",
    mapFrom: " показаны те же состояния на контурах стран из ",
    mapAfter: " (общественное достояние). Карта рисуется на сервере: она не загружает тайлы и работает без JavaScript.",
    caveats: "Прежде чем на это полагаться",
    caveatStatesBefore: "Состояния быстро меняются; в каждом ответе указано время, когда он сформирован (",
    caveatStatesAfter: ").",
    caveatReports: "Сообщение — это то, что один путешественник увидел в один момент; сообщения модерируются, но не проверяются, если это не отмечено особо.",
    caveatSources: "Если источники расходятся, страница пункта пропуска и API показывают оба варианта: уточняйте перед поездкой.",
  },
  feeds: {
    title: "Ленты",
    description: "Atom-ленты сообщений путешественников, объявлений и изменений состояния — по каждому пункту пропуска и по странам.",
    countryFeedTitle: (country) => `Пункты пропуска: ${country} (Atom)`,
    introBefore: "Следите за пунктом пропуска или за всеми пунктами страны в любой программе для чтения лент. Ленты в формате ",
    introAfter: (days) =>
      ` охватывают ${plural("ru", days, { one: "# последний день", few: "# последних дня", many: "# последних дней", other: "# последних дня" })} и распространяются по лицензии CC BY 4.0 (с указанием авторства «Crossings contributors»). Записи в лентах — на английском.`,
    entries: "Что попадает в ленту",
    reportTitle: "Сообщение путешественника",
    reportText:
      " — сразу после отправки: что он увидел (открыт, закрыт, с ограничениями), в какую сторону, как ехал и сколько ждал, с его заметками. Сообщения, скрытые модераторами или отозванные авторами, в ленту не попадают, и ни в одной записи не указано, кто её написал.",
    noticeTitle: "Объявление",
    noticeText: " от модератора: закрытие или изменение с датами по местному времени пункта пропуска и источником.",
    changeTitle: "Изменение состояния",
    changeText:
      " («Now closed — reports»): когда сообщение или объявление изменило то, что показала бы страница пункта пропуска, с причиной. Изменения только по опубликованным часам работы в ленту не попадают: они известны заранее и показаны на странице каждого пункта.",
    byCountry: "По странам",
    byCountryText: (n) =>
      `Все пункты пропуска на границах страны в одной ленте (${plural("ru", n, { one: "# последняя запись", few: "# последние записи", many: "# последних записей", other: "# последних записи" })}).`,
    byCrossing: "По пунктам пропуска",
    byCrossingBefore: (n) =>
      `У каждого пункта пропуска своя лента (${plural("ru", n, { one: "# последняя запись", few: "# последние записи", many: "# последних записей", other: "# последних записи" })}) по адресу `,
    byCrossingAfter: ", где имя — как в адресе его страницы; страница пункта пропуска тоже сообщает о своей ленте браузерам и программам для чтения.",
    feed: "лента",
  },
  map: {
    title: "Карта",
    description:
      "Все сухопутные пункты пропуска Центральной Азии на одной карте, с их состоянием сейчас: открыт, закрыт, с ограничениями или неизвестно. Любую границу можно приблизить; карта работает на телефоне без JavaScript.",
    heading: "Карта пунктов пропуска",
    intro:
      "Состояние каждого пункта пропуска прямо сейчас — по сообщениям путешественников, объявлениям и опубликованным часам работы обеих сторон. Выберите значок, чтобы узнать подробности, или число, чтобы приблизить пункты, стоящие рядом; те же пункты перечислены под картой.",
    caption: (n, unplaced = 0) =>
      `${plural("ru", n, { one: "# пункт пропуска", few: "# пункта пропуска", many: "# пунктов пропуска", other: "# пункта пропуска" })} Казахстана, Кыргызстана, Узбекистана, Таджикистана и Туркменистана с соседями и их текущим состоянием${unplaced ? `; ${formatNumber("ru", unplaced)} без подтверждённого источником расположения перечислены ниже, но не нанесены на карту` : ""}. Границы: Natural Earth (общественное достояние).`,
    outlineTitle: "Контурная карта Центральной Азии: Казахстан, Кыргызстан, Узбекистан, Таджикистан, Туркменистан и соседние районы России, Китая, Монголии, Афганистана и Ирана",
    legend: "Условные обозначения",
    shapes: { circle: "круг", square: "квадрат", triangle: "треугольник", diamond: "ромб" },
    legendItem: (label, shape, glyph, count) => `${label} (${shape} со знаком ${glyph}): ${formatNumber("ru", count)}`,
    all: "Все пункты пропуска",
    notPlaced: "расположение пока не подтверждено источником, на карте не показан",
    footerBefore: "Карта рисуется на сервере по встроенным контурам Natural Earth: тайлы не загружаются. Те же данные доступны как ",
    footerData: "открытые данные",
    footerIncluding: ", в том числе ",
    footerGeojson: "файл GeoJSON",
    footerAfter: " для ваших собственных карт.",
    views: {
      markers: {
        approximate: (km) => `расположение приблизительное (±${formatNumber("ru", km)} км)`,
        member: (name, state) => `${name} (${state})`,
        group: (count, members, zoom) =>
          `${plural("ru", count, { one: "# пункт пропуска", few: "# пункта пропуска", many: "# пунктов пропуска", other: "# пункта пропуска" })} рядом друг с другом: ${members}. Приблизить ×${zoom}`,
      },
      zoomedCaption: (zoom, n, countries) =>
        `Приближение ×${zoom}: ${plural("ru", n, { one: "# пункт пропуска", few: "# пункта пропуска", many: "# пунктов пропуска", other: "# пункта пропуска" })}${countries ? ` на границах стран: ${countries}` : ""}. Границы: Natural Earth (общественное достояние).`,
      badQuery:
        "Этот вид карты показать нельзя: для приближения нужны zoom=2, 4, 8 или 16, а также lat (от 32 до 58) и lon (от 36 до 100) в десятичных градусах, каждый по одному разу. Показана вся карта.",
      navigation: "Перемещение по карте",
      whole: "Вся карта",
      zoomOut: (zoom) => (zoom > 1 ? `Отдалить до ×${zoom}` : "Отдалить до всей карты"),
      pan: { north: "Сдвинуть на север", south: "Сдвинуть на юг", west: "Сдвинуть на запад", east: "Сдвинуть на восток" },
      regions: "Приблизить границу (сколько пунктов на карте)",
      region: (border, n) => `${border} (${formatNumber("ru", n)})`,
      groupLegend: "Тёмный круг с числом: столько пунктов пропуска слишком близко друг к другу; выберите его, чтобы приблизить",
      approximateLegend: (km) =>
        `Пунктирный контур: расположение приблизительное (по источникам ±${formatNumber("ru", km)} км и более); при приближении пунктирный круг показывает насколько`,
      spreadLegend: "При самом сильном приближении пункты в нескольких км друг от друга нарисованы рядом, с линией к месту каждого",
      inView: "Пункты пропуска на этом участке",
      allOnWholeMap: "Все пункты пропуска перечислены под всей картой.",
    },
  },
  apiDocs: {
    title: "API",
    languageNote: "Описание API, как и его ответы, — на английском языке.",
    machineReadable: "Для программ:",
    cors: "Публичные ответы на GET-запросы доступны с любого источника (CORS) и содержат ETag.",
    signedIn: " (нужен вход)",
    parameters: "Параметры",
    parameter: "Параметр",
    in: "Где",
    meaning: "Значение",
    required: " (обязательный)",
  },
  weekHours: {
    caption: (post) => `Часы работы поста ${post} на ближайшие семь дней`,
    day: "День",
    localTime: "Местное время",
    yourTime: "Ваше время:",
    closed: "Закрыт",
    unknown: "Неизвестно",
    only: (modes) => `только ${modes} (по объявлению)`,
  },
  waitChart: {
    slot: (day, from, to) => `${day}, ${from}–${to}`,
    notEnough: (hours, perHour, hoursSoFar, reports) =>
      reports === 0
        ? `Сообщений с временем ожидания пока нет: лучшее время для пересечения будет названо, когда в ${plural("ru", hours, { one: "# часе", other: "# часах" })} недели наберётся по ${plural("ru", perHour, { one: "# сообщению", few: "# сообщения", many: "# сообщений", other: "# сообщения" })}.`
        : `Пока слишком мало сообщений, чтобы назвать лучшее время для пересечения: для сравнения нужно ${plural("ru", hours, { one: "# час", few: "# часа", many: "# часов", other: "# часа" })} недели, в каждом по ${plural("ru", perHour, { one: "# сообщению", few: "# сообщения", many: "# сообщений", other: "# сообщения" })}; пока таких: ${formatNumber("ru", hoursSoFar)}, а всего ${plural("ru", reports, { one: "# сообщение", few: "# сообщения", many: "# сообщений", other: "# сообщения" })}.`,
    best: (slot, zone, minutes, reports, hours) =>
      `Лучшее время для пересечения: ${slot} по местному времени (${zone}) — обычно ${formatNumber("ru", minutes)} мин, по ${plural("ru", reports, { one: "# сообщению", other: "# сообщениям" })}; в сравнении ${plural("ru", hours, { one: "# час", few: "# часа", many: "# часов", other: "# часа" })} недели`,
    slowest: (slot, minutes, reports) =>
      `; дольше всего: ${slot} (обычно ${formatNumber("ru", minutes)} мин, по ${plural("ru", reports, { one: "# сообщению", other: "# сообщениям" })}).`,
  },
};
