/** The report form (its words go to a client component: `form` holds plain strings only)
 * and the messages its validation shows beside the fields. */
import type { Catalog, PlainCatalog } from "@/lib/i18n/catalog";
import { formatNumber } from "@/lib/i18n/plural";

const form = {
  direction: "Which way did you cross?",
  choose: "Choose…",
  observedAt: "When were you there?",
  observedAtHint: "Now, or up to a year back.",
  seen: "What did you find?",
  seenOpen: "Open",
  seenClosed: "Closed",
  seenRestricted: "Open, but not for everyone",
  mode: "How did you travel?",
  wait: "How long did you wait, in minutes? (optional)",
  waitHint: "From joining the queue to leaving the second post; 0 to 4,320 (72 hours).",
  tags: "Anything else? (optional)",
  notes: "Notes (optional)",
  notesHint: "What was checked, what to bring, what to avoid. Up to 2,000 characters.",
  sending: "Sending…",
  send: "Send report",
  save: "Save changes",
  savedOffline: "You are offline: this report is saved on this phone and will be sent when you are online.",
  offlineIncomplete: "Choose which way you crossed, what you found and how you travelled: the report cannot be checked while offline.",
  savedNoConnection: "No connection: this report is saved on this phone and will be sent when the connection works.",
  noConnectionIncomplete: "No connection: nothing was sent. Choose which way you crossed, what you found and how you travelled, then send it again.",
};

/** Reports written offline, shown on any page: `{crossing}`, `{when}` and `{error}` are filled in on the device. */
const offline = {
  pending: "Your report on {crossing}, saved on this phone {when}, will be sent when the connection works.",
  sent: "Your report on {crossing}, saved on this phone {when}, was sent.",
  refused: "Your report on {crossing}, saved on this phone {when}, was refused: {error}",
};

export const en = {
  form,
  offline,
  zoneLabel: (country: string, zone: string) => `${country} time, ${zone}`,
  errors: {
    direction: "Choose which way you crossed.",
    seen: "Say what you found: open, closed or restricted.",
    tags: "Pick tags from the list.",
    notesText: "Notes must be text.",
    notesLength: (max: number) => `Notes can be at most ${formatNumber("en", max)} characters.`,
    waitNumber: "The wait must be a number of minutes.",
    waitWhole: "The wait must be whole minutes.",
    waitNegative: "The wait cannot be negative.",
    waitMax: (max: number) => `The wait can be at most 72 hours (${formatNumber("en", max)} minutes).`,
    mode: "Choose how you travelled.",
    observedAt: "Enter the date and time you were there.",
    observedAtMissing: "That date and time do not exist.",
    future: "That time is in the future: report what you saw, when you saw it.",
    tooOld: "Reports can go back at most one year.",
    stale: "This form is out of date: reload the page and try again.",
  },
};

export const ru: Catalog<typeof en> = {
  form: {
    direction: "В какую сторону вы пересекали границу?",
    choose: "Выберите…",
    observedAt: "Когда вы там были?",
    observedAtHint: "Сейчас или в течение последнего года.",
    seen: "Что вы застали?",
    seenOpen: "Открыт",
    seenClosed: "Закрыт",
    seenRestricted: "Открыт, но не для всех",
    mode: "Как вы ехали?",
    wait: "Сколько вы ждали, в минутах? (необязательно)",
    waitHint: "От входа в очередь до выхода со второго поста; от 0 до 4 320 (72 часа).",
    tags: "Что-нибудь ещё? (необязательно)",
    notes: "Заметки (необязательно)",
    notesHint: "Что проверяли, что взять с собой, чего избегать. До 2 000 символов.",
    sending: "Отправка…",
    send: "Отправить сообщение",
    save: "Сохранить изменения",
    savedOffline: "Нет сети: сообщение сохранено на этом телефоне и будет отправлено, когда появится связь.",
    offlineIncomplete: "Укажите, в какую сторону вы ехали, что застали и как ехали: без сети сообщение проверить нельзя.",
    savedNoConnection: "Нет связи: сообщение сохранено на этом телефоне и будет отправлено, когда связь заработает.",
    noConnectionIncomplete: "Нет связи: ничего не отправлено. Укажите, в какую сторону вы ехали, что застали и как ехали, и отправьте снова.",
  } satisfies PlainCatalog<typeof form>,
  offline: {
    pending: "Ваше сообщение о пункте {crossing}, сохранённое на этом телефоне {when}, будет отправлено, когда заработает связь.",
    sent: "Ваше сообщение о пункте {crossing}, сохранённое на этом телефоне {when}, отправлено.",
    refused: "Ваше сообщение о пункте {crossing}, сохранённое на этом телефоне {when}, не принято: {error}",
  } satisfies PlainCatalog<typeof offline>,
  zoneLabel: (country, zone) => `время: ${country}, ${zone}`,
  errors: {
    direction: "Выберите, в какую сторону вы пересекали границу.",
    seen: "Укажите, что вы застали: открыт, закрыт или с ограничениями.",
    tags: "Выберите отметки из списка.",
    notesText: "Заметки должны быть текстом.",
    notesLength: (max) => `Заметки — не длиннее ${formatNumber("ru", max)} символов.`,
    waitNumber: "Ожидание — это число минут.",
    waitWhole: "Ожидание указывается в целых минутах.",
    waitNegative: "Ожидание не может быть отрицательным.",
    waitMax: (max) => `Ожидание — не больше 72 часов (${formatNumber("ru", max)} минут).`,
    mode: "Выберите, как вы ехали.",
    observedAt: "Укажите дату и время, когда вы там были.",
    observedAtMissing: "Такой даты и времени не существует.",
    future: "Это время ещё не наступило: укажите, когда вы там были.",
    tooOld: "Сообщать можно только о том, что было не раньше чем год назад.",
    stale: "Эта форма устарела: перезагрузите страницу и попробуйте снова.",
  },
};
