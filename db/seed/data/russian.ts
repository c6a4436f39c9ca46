/**
 * The Russian of the seed's free texts (issue 16: "every data-driven text a reader sees exists in
 * Russian"), keyed by the exact English text as it stands in db/seed/data/*.ts and
 * db/seed/notices.ts: notes, facility details, season descriptions, requirement details, road
 * notes, the comments inside opening_hours values, seeded notices and the operation fact's first
 * source note (shown beside it). lib/i18n/data-text.ts looks texts up here; a text rewritten by a
 * moderator or added without its Russian shows in English until an entry is added.
 *
 * Translations say what the English says, no more and no less. Names follow the Russian names the
 * seed gives the posts.
 */
export const russianText: Readonly<Record<string, string>> = {
  "travellers disagree whether it opens at weekends": "путешественники расходятся во мнениях, работает ли он в выходные",
  "daylight hours only until at least January 2026; a protocol for round-the-clock operation was being ratified then, and whether the Kazakh post now works at night or in winter is not published":
    "только в светлое время суток как минимум до января 2026 года; тогда ратифицировался протокол о круглосуточной работе, и работает ли теперь казахстанский пост ночью или зимой, не опубликовано",
  "Seasonal post, open in the summer months (typically May to October); dates vary with weather and snowmelt":
    "Сезонный пост, открыт в летние месяцы (обычно с мая по октябрь); даты зависят от погоды и таяния снега",
  "Karkyra lies in the Issyk-Kul border zone: a Kyrgyz border permit is needed to travel there":
    "Каркыра находится в пограничной зоне Иссык-Куля: чтобы туда поехать, нужен кыргызский пропуск в пограничную зону",
  "Near Karkyra (KGS, KZT)": "Возле Каркыры (KGS, KZT)",
  "No fuel, shops or services in the Karkyra valley": "В долине Каркыра нет топлива, магазинов и услуг",
  "No hotels on the Kyrgyz side near the border": "Гостиниц на кыргызской стороне у границы нет",
  "Little public transport; marshrutka to Karkara village (7 km) may run from Karakol": "Общественного транспорта мало; из Каракола может ходить маршрутка до села Каркара (7 км)",
  "No exchange office and no supplies": "Нет обменного пункта и никаких припасов",
  "Little public transport": "Общественного транспорта мало",
  "Kyrgyz side: paved from Karakol until the last 20–30 km, then rough gravel needing good clearance (no sedans). Kazakh side: paved to Kegen. About 10 km of neutral zone between the posts.":
    "Кыргызская сторона: асфальт от Каракола до последних 20–30 км, дальше плохой гравий, нужен хороший клиренс (не для седанов). Казахстанская сторона: асфальт до Кегена. Между постами около 10 км нейтральной зоны.",
  "Exchange office on the Kyrgyz side": "Обменный пункт на кыргызской стороне",
  "Exchange office on the Kazakh side": "Обменный пункт на казахстанской стороне",
  "Food and drink at the crossing": "Еда и напитки на переходе",
  "Plenty of buses and taxis": "Много автобусов и такси",
  "Main road between Bishkek and Almaty.": "Главная дорога между Бишкеком и Алматы.",
  "hours not published in our sources": "часы работы в наших источниках не опубликованы",
  "Money can be changed at the border": "На границе можно обменять деньги",
  "Somewhere to eat at the border": "На границе есть где поесть",
  "On the road between Bishkek and Taraz.": "На дороге между Бишкеком и Таразом.",
  "On the road between Taraz and Talas.": "На дороге между Таразом и Таласом.",
  "Very busy: in August 2024 the Border Service counted 18,000–26,000 people a day against a capacity of about 16,400, with the worst queues on Osh region wholesale market days (Tuesday and Saturday).":
    "Очень загружен: в августе 2024 года Пограничная служба насчитывала 18 000–26 000 человек в день при пропускной способности около 16 400, а самые большие очереди бывают в дни оптовых рынков Ошской области (вторник и суббота).",
  "On the main road between Osh and Andijan.": "На главной дороге между Ошем и Андижаном.",
  "Shared taxis on both sides of the border": "Коллективные такси с обеих сторон границы",
  "The Kyrgyz post stamps you in only if your name is already on its entry list: travellers who arrived before their announced date had to wait outside the gate overnight.":
    "Кыргызский пост ставит отметку о въезде, только если ваше имя уже есть в его списке въезжающих: путешественникам, приехавшим раньше заявленной даты, пришлось ночевать за воротами.",
  "hours not published; the crossing must be announced in advance": "часы работы не опубликованы; о переходе нужно заявить заранее",
  "Tajik citizens are not allowed to cross their own border here (overlanders' report, May 2024). Leaving Tajikistan took minutes; the GBAO permit and personal permit are handed back at this post.":
    "Гражданам Таджикистана здесь не разрешено пересекать собственную границу (отчёт путешественников, май 2024 года). Выезд из Таджикистана занял несколько минут; пропуск в ГБАО и личное разрешение сдаются на этом посту.",
  "hours not published": "часы работы не опубликованы",
  "Announce the crossing at least 5 days ahead by email or WhatsApp: expected date, direction, passport copy, vehicle documents and plate number, and a photo of the vehicle. Arriving before the announced date means waiting at the gate.":
    "Заявите о переходе не менее чем за 5 дней по электронной почте или в WhatsApp: ожидаемая дата, направление, копия паспорта, документы на транспортное средство и его номер, фотография транспортного средства. Если приехать раньше заявленной даты, придётся ждать у ворот.",
  "US$15 per person for an entry permit when entering Kyrgyzstan (can be paid in advance online); no vehicle fee, no car tax or insurance at the border.":
    "15 долларов США с человека за разрешение на въезд при въезде в Кыргызстан (можно оплатить заранее онлайн); сбора за транспортное средство, автомобильного налога и страховки на границе нет.",
  "Not at the post; in Sary-Tash, the next village": "Не на посту; в Сары-Таше, ближайшем селе",
  "Not at the post; in Sary-Tash": "Не на посту; в Сары-Таше",
  "Diesel in Sary-Tash, not at the post": "Дизельное топливо в Сары-Таше, не на посту",
  "Almost no traffic between the posts": "Между постами почти нет транспорта",
  "Kyzyl-Art pass at about 4,280 m on the Pamir Highway. At the end of May 2024 there was snow, and below the Tajik post a 3 km descent of wet clay damaged by running water; about 20 km between the two posts.":
    "Перевал Кызыл-Арт на высоте около 4280 м на Памирском тракте. В конце мая 2024 года там лежал снег, а ниже таджикского поста — 3 км спуска по мокрой глине, размытой текущей водой; между двумя постами около 20 км.",
  "opening and closing times not published; closed for lunch 11:00-14:00": "время открытия и закрытия не опубликовано; обеденный перерыв 11:00–14:00",
  "7 days a week, 14 hours a day per the Kyrgyz Prime Minister (March 2024); which hours is not published":
    "7 дней в неделю, 14 часов в сутки по словам премьер-министра Кыргызстана (март 2024 года); в какие часы, не опубликовано",
  "Hours on this side are in Beijing time (UTC+8), two hours ahead of the Kyrgyz post.":
    "Часы работы на этой стороне указаны по пекинскому времени (UTC+8), на два часа впереди кыргызского поста.",
  "opening and closing times not published; closed for lunch 15:00-18:00 Beijing time (13:00-16:00 Kyrgyz time)":
    "время открытия и закрытия не опубликовано; обеденный перерыв 15:00–18:00 по пекинскому времени (13:00–16:00 по кыргызскому)",
  "High-altitude crossing: check the weather before going. Fuel, food and spare parts are scarce in the region. The road comes from Sary-Tash over the Irkeshtam pass (about 3,000 m), some 10 km west of the village.":
    "Высокогорный переход: перед поездкой проверьте погоду. Топлива, еды и запчастей в регионе мало. Дорога идёт из Сары-Таша через перевал Иркештам (около 3000 м), примерно в 10 км к западу от села.",
  "Hours on this side would be in Beijing time (UTC+8), two hours ahead of the Kyrgyz post.":
    "Часы работы на этой стороне были бы по пекинскому времени (UTC+8), на два часа впереди кыргызского поста.",
  "hours on the Chinese side not published": "часы работы китайской стороны не опубликованы",
  "The pass is generally snow-free from late May to late September; outside this period it is often closed or the road is too dangerous":
    "Перевал обычно свободен от снега с конца мая до конца сентября; в остальное время он часто закрыт или дорога слишком опасна",
  "The Torugart checkpoint is in the Naryn border zone: a Kyrgyz border permit is needed to travel there":
    "Пункт пропуска Торугарт находится в пограничной зоне Нарына: чтобы туда поехать, нужен кыргызский пропуск в пограничную зону",
  "Foreigners need arrangements made beforehand: a permit and an agency with transport meeting them on the Chinese side. Travellers without the right documents have been turned back.":
    "Иностранцам нужно договориться заранее: разрешение и агентство, транспорт которого встретит их на китайской стороне. Путешественников без нужных документов разворачивали.",
  "About 400 km from Bishkek via Naryn; the road is narrow and in winter often impassable because of snow and avalanches. Fuel, food and spare parts are scarce in the region.":
    "Около 400 км от Бишкека через Нарын; дорога узкая, а зимой часто непроезжая из-за снега и лавин. Топлива, еды и запчастей в регионе мало.",
  "operates during the daytime; exact hours not published": "работает в дневное время; точные часы не опубликованы",
  "12 hours a day, 07:00-19:00, since early 2026; which days is not stated": "12 часов в сутки, 07:00–19:00, с начала 2026 года; в какие дни, не указано",
  "hours not published; both sides agreed in October 2025 to optimise them": "часы работы не опубликованы; в октябре 2025 года обе стороны договорились их оптимизировать",
  "Time zone assumed (Kostanay or North Kazakhstan region; both UTC+5).": "Часовой пояс предположительный (Костанайская или Северо-Казахстанская область; обе UTC+5).",
  "The busiest Omsk-region checkpoint: about 750,000 people and 274,000 vehicles in 2022, half of the region's border traffic.":
    "Самый загруженный пункт пропуска Омской области: около 750 000 человек и 274 000 транспортных средств в 2022 году, половина пограничного трафика области.",
  "Saratov time is UTC+4, an hour behind the Kazakh post.": "Саратовское время — UTC+4, на час позади казахстанского поста.",
  "Main crossing between Tashkent and Shymkent, often crowded.": "Главный переход между Ташкентом и Шымкентом, часто переполнен.",
  "Road link between Nukus and Beineu / Aktau. While the post is closed to passengers, extra Nukus – Beineu trains run via the Karakalpakstan railway checkpoint.":
    "Автодорожное сообщение между Нукусом и Бейнеу / Актау. Пока пост закрыт для пассажиров, дополнительные поезда Нукус – Бейнеу ходят через железнодорожный пункт пропуска «Каракалпакстан».",
  "hours not published; in winter only on days announced in advance": "часы работы не опубликованы; зимой только в заранее объявленные дни",
  "Hours on this side would be in Beijing time (UTC+8), three hours ahead of Tajikistan.":
    "Часы работы на этой стороне были бы по пекинскому времени (UTC+8), на три часа впереди Таджикистана.",
  "Regular weekday operation from May to November. Year-round operation was agreed in 2011, but in winter the Chinese side sets a floating schedule of a few days a month.":
    "Регулярная работа по будням с мая по ноябрь. Круглогодичная работа была согласована в 2011 году, но зимой китайская сторона устанавливает плавающий график — несколько дней в месяц.",
  "Open only from the 16th to the 30th of each month, May to November (older arrangement)": "Открыт только с 16-го по 30-е число каждого месяца, с мая по ноябрь (прежний порядок)",
  "The Tajik side is in Gorno-Badakhshan (Murghob district): a GBAO permit is needed":
    "Таджикская сторона находится в Горно-Бадахшанской автономной области (Мургабский район): нужен пропуск в ГБАО",
  "Pamir Highway to Karakoram Highway: on the Tajik side 80 km by road to Murghab; on the Chinese side 13.9 km to Karasu, then Tashkurgan (60–70 km) and Kashgar (220 km).":
    "С Памирского тракта на Каракорумское шоссе: на таджикской стороне 80 км по дороге до Мургаба; на китайской — 13,9 км до Карасу, дальше Ташкурган (60–70 км) и Кашгар (220 км).",
  "Jeminay port closed on 5 October 2025 too (Chinese National Day and Mid-Autumn holidays): closed 1–3 October, open 4 October, closed 5–6 October, open from 7 October (Xinjiang Border Inspection).":
    "Порт Зимунай был закрыт и 5 октября 2025 года (праздники Дня образования КНР и Праздника середины осени): закрыт 1–3 октября, открыт 4 октября, закрыт 5–6 октября, открыт с 7 октября (пограничная инспекция Синьцзяна).",
  "Dulata port closed on 5 October 2025 too (Chinese National Day and Mid-Autumn holidays): closed 1–3 October, open 4 October, closed 5–6 October, open from 7 October (Xinjiang Border Inspection).":
    "Порт Дулата был закрыт и 5 октября 2025 года (праздники Дня образования КНР и Праздника середины осени): закрыт 1–3 октября, открыт 4 октября, закрыт 5–6 октября, открыт с 7 октября (пограничная инспекция Синьцзяна).",
  "Karasu port closed on 4–5 October 2025 too: closed 1–6 October for the Chinese National Day and Mid-Autumn holidays, open from 7 October (Xinjiang Border Inspection).":
    "Порт Карасу был закрыт и 4–5 октября 2025 года: закрыт 1–6 октября на праздники Дня образования КНР и Праздника середины осени, открыт с 7 октября (пограничная инспекция Синьцзяна).",
  "Irkeshtam: freight only on 4–5 October 2025, between the National Day closure (1–3 October) and the Mid-Autumn closure (6 October); no travellers were processed (Xinjiang Border Inspection; Kyrgyz Border Service).":
    "Иркештам: 4–5 октября 2025 года только грузы, между закрытием на День образования КНР (1–3 октября) и на Праздник середины осени (6 октября); путешественников не пропускали (пограничная инспекция Синьцзяна; Пограничная служба Кыргызстана).",
  "Closed to people, vehicles and cargo for the Chinese Spring Festival from 22:00 on 16 February to 08:00 on 20 February 2026 (Kyrgyz time), at the Chinese side's initiative; this final schedule replaced an earlier announcement (Kyrgyz Border Service).":
    "Закрыт для людей, транспорта и грузов на китайский Праздник весны с 22:00 16 февраля до 08:00 20 февраля 2026 года (по кыргызскому времени) по инициативе китайской стороны; этот окончательный график заменил более раннее объявление (Пограничная служба Кыргызстана).",
  "Torugart: freight only on 4–5 October 2025, between the National Day closure (1–3 October) and the Mid-Autumn closure (6 October); no travellers were processed (Xinjiang Border Inspection; Kyrgyz Border Service).":
    "Торугарт: 4–5 октября 2025 года только грузы, между закрытием на День образования КНР (1–3 октября) и на Праздник середины осени (6 октября); путешественников не пропускали (пограничная инспекция Синьцзяна; Пограничная служба Кыргызстана).",
  "Reopened after about two years of reconstruction; again the main Bishkek – Almaty crossing":
    "Вновь открыт примерно после двух лет реконструкции; снова главный переход между Бишкеком и Алматы",
  "Quick and easy crossing, open to international travellers": "Быстрый и простой переход, открыт для иностранных путешественников",
  "The busiest and easiest Kyrgyz–Chinese crossing": "Самый загруженный и самый простой кыргызско-китайский переход",
  "156,900 crossings by people and 97,700 vehicles through Dulata in 2025, both record highs":
    "156 900 пересечений людьми и 97 700 транспортных средств через Дулату в 2025 году — и то и другое рекорд",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Veseloyarsk (Altai Krai)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Веселоярск (Алтайский край)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Pavlovka (Altai Krai)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Павловка (Алтайский край)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Gornyak (Altai Krai)": "Указан среди пунктов пропуска на казахстанско-российской границе: Горняк (Алтайский край)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Karazoek (Astrakhan region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Каразоек (Астраханская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Voskresenskoye (Kurgan region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Воскресенское (Курганская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Karaskusky (Novosibirsk region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Караскуский (Новосибирская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Orsk (Orenburg region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Орск (Оренбургская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Komsomolsky (Orenburg region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Комсомольский (Оренбургская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Isilkul (Omsk region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Исилькуль (Омская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Ozinki (Saratov region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Озинки (Саратовская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Nikolaevka (Chelyabinsk region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Николаевка (Челябинская область)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Mariinsky (Chelyabinsk region)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Мариинский (Челябинская область)",
  "Kazakh State Revenue Committee: traffic through the rebuilt Zhibek Zholy to resume on 31 July 2026, with Gisht-Kuprik opening the same day. A plan: no source we have confirms that it reopened (the closure until then is a notice)":
    "Комитет государственных доходов Казахстана: движение через перестроенный Жибек Жолы должно возобновиться 31 июля 2026 года, Гишт-Куприк откроется в тот же день. Это план: ни один наш источник не подтверждает, что пост открылся (закрытие до этой даты оформлено как объявление)",
  "Heavy trucks still pass while the post is rebuilt": "Тяжёлые грузовики продолжают проходить, пока пост перестраивается",
  "The Kyrgyz post has worked day and night since 25 August 2025 (the president's press secretary); whether either post closes in winter is not in our sources":
    "Кыргызский пост работает круглосуточно с 25 августа 2025 года (пресс-секретарь президента); закрывается ли какой-либо из постов зимой, в наших источниках не сказано",
  'A Kyrgyz permit is needed to use this crossing (a "border exit permit", which a traveller reporting in December 2025 got through an Osh agency for US$20; earlier from the Tourism Department). Going from Kyrgyzstan into Tajikistan you also need a GBAO permit (the same agency charged US$30).':
    "Для этого перехода нужно кыргызское разрешение («разрешение на выезд через границу»; путешественник, написавший об этом в декабре 2025 года, получил его через агентство в Оше за 20 долларов США; раньше — в Департаменте туризма). Чтобы въехать из Кыргызстана в Таджикистан, нужно также разрешение на ГБАО (то же агентство взяло за него 30 долларов США).",
  "Karamyk and Bordobo resumed work on 8 July 2025, at a ceremony the two presidents joined by video link":
    "Карамык и Бордобо возобновили работу 8 июля 2025 года на церемонии, к которой оба президента подключились по видеосвязи",
  "lunch break 13:30-16:30 in summer, 14:00-16:00 in winter, said to close at 20:00 in summer and 19:30 in winter, Beijing time; opening time and days not given":
    "обеденный перерыв 13:30-16:30 летом, 14:00-16:00 зимой, закрывается, как говорят, в 20:00 летом и в 19:30 зимой, по пекинскому времени; время открытия и дни работы не указаны",
  "No seasonal closure in our sources: the Border Service's notices of January and February 2026 announce only holiday closures, with the day it reopens. It is a high crossing: check the weather before going":
    "В наших источниках нет сезонного закрытия: объявления Пограничной службы за январь и февраль 2026 года сообщают только о закрытии на праздники, с датой открытия. Переход высокогорный: перед поездкой узнайте погоду",
  "Direction matters: the published hours are 9:00–13:00 for leaving Kyrgyzstan and 14:00–18:00 for entering it. In December 2023, after an upgrade of the checkpoint, the Kyrgyz president proposed 24/7 operation from spring 2024; we have no confirmation that this happened.":
    "Направление важно: опубликованные часы — 9:00–13:00 для выезда из Кыргызстана и 14:00–18:00 для въезда. В декабре 2023 года, после модернизации пункта пропуска, президент Кыргызстана предложил круглосуточную работу с весны 2024 года; подтверждения, что это произошло, у нас нет.",
  "No seasonal closure in our sources: the Border Service's notices of January and February 2026 announce only holiday closures, with the day it reopens. The pass is icy and dangerous in winter":
    "В наших источниках нет сезонного закрытия: объявления Пограничной службы за январь и февраль 2026 года сообщают только о закрытии на праздники, с датой открытия. Зимой перевал обледеневший и опасный",
  "Closed to all traffic from 5 February 2025 for four months, to 5 June 2025, for modernisation works (Kazakh State Revenue Committee); trucks were sent to B. Konysbaev, Atameken, Kazygurt and Tazhen.":
    "Закрыт для всего движения с 5 февраля 2025 года на четыре месяца, до 5 июня 2025 года, для работ по модернизации (Комитет государственных доходов Казахстана); грузовики направлялись через Б. Конысбаева, Атамекен, Казыгурт и Тажен.",
  "Still closed after the four months announced: in June 2025 Gisht-Kuprik remained closed for renovation and work at Zhibek Zholy had only recently begun (Uzbek Customs). The Kazakh State Revenue Committee named 31 July 2026 for reopening both posts (Kazinform, 2026); no source we have confirms that it reopened.":
    "Закрыт и после объявленных четырёх месяцев: в июне 2025 года Гишт-Куприк оставался закрытым на ремонт, а работы на Жибек Жолы только начались (таможня Узбекистана). Комитет государственных доходов Казахстана назвал 31 июля 2026 года датой открытия обоих постов (Казинформ, 2026); ни один наш источник не подтверждает, что переход открылся.",
  "Road checkpoints on the Kazakh–Chinese border closed to people, vehicles and cargo for the Kazakh holiday, except the Khorgos International Centre for Cross-Border Cooperation and the rail checkpoints (National Security Committee: 1, 7 and 9 May 2024).":
    "Автомобильные пункты пропуска на казахстанско-китайской границе закрыты для людей, транспорта и грузов на казахстанский праздник, кроме Международного центра приграничного сотрудничества «Хоргос» и железнодорожных пунктов пропуска (Комитет национальной безопасности: 1, 7 и 9 мая 2024 года).",
  "All five road checkpoints on the Kazakh–Chinese border to close on 16 and 17 December 2025 for Kazakh Independence Day (16 December); the rail checkpoints to work as usual (a Russian customs notice, via Sputnik).":
    "Все пять автомобильных пунктов пропуска на казахстанско-китайской границе закрываются 16 и 17 декабря 2025 года в связи с Днём независимости Казахстана (16 декабря); железнодорожные пункты пропуска работают в обычном режиме (уведомление таможни России, по данным Sputnik).",
  "Closed by the Chinese side for China's National Day and Mid-Autumn holidays 2025, on the days the Xinjiang Border Inspection listed for this port.":
    "Закрыт китайской стороной на праздники Дня образования КНР и Праздника середины осени 2025 года, в дни, указанные Синьцзянской пограничной инспекцией для этого пункта пропуска.",
  "Road checkpoints on the Kazakh–Chinese border closed to people, vehicles and cargo on 16–18 February 2026 for the Chinese Spring Festival; the rail checkpoints to work as usual (Kazakh State Revenue Committee).":
    "Автомобильные пункты пропуска на казахстанско-китайской границе закрыты для людей, транспорта и грузов 16–18 февраля 2026 года на китайский праздник Весны; железнодорожные пункты пропуска работают в обычном режиме (Комитет государственных доходов Казахстана).",
  "The main alternative to Zhibek Zholy while that crossing is shut (from February 2025); trucks are restricted at Navoi.":
    "Основная альтернатива переходу Жибек Жолы, пока он закрыт (с февраля 2025 года); для грузовиков на посту Навои действуют ограничения.",
  "June 2025, before Kurban Hayit: 40,000 people and 2,000 vehicles a day at Navoi (UZ Customs)":
    "Июнь 2025 года, перед Курбан-хайитом: 40 000 человек и 2000 транспортных средств в сутки на посту Навои (таможня Узбекистана)",
  "Shortens Osh – Jalal-Abad via Uzbekistan from 120 km to 19 km.": "Сокращает путь Ош – Джалал-Абад через Узбекистан со 120 до 19 км.",
  "UZ Customs: Karasu border customs post (Kurgantepa district, Andijan region) resumed work on 12 Sep 2024 after 14 years; over 12,000 people a day; covered pedestrian facilities":
    "Таможня Узбекистана: пограничный таможенный пост «Карасу» (Кургантепинский район Андижанской области) возобновил работу 12 сентября 2024 года после 14 лет; более 12 000 человек в сутки; крытые помещения для пешеходов",
  "KG Border Service: Ken-Sai reopened 12 Sep 2024 (closed since 2009); multilateral, round the clock; citizens, vehicles, cargo, goods, animals; over 11,000 people and 300 vehicles a day":
    "Пограничная служба Кыргызстана: «Кен-Сай» вновь открыт 12 сентября 2024 года (был закрыт с 2009 года); многосторонний, круглосуточный; граждане, транспорт, грузы, товары, животные; более 11 000 человек и 300 транспортных средств в сутки",
  "only an undated directory gives hours (08:30-18:00 with a 12:30-13:30 lunch; another directory says 24 hours, time zone not stated)":
    "часы работы даёт только справочник без даты (08:30–18:00 с обедом 12:30–13:30; другой справочник пишет о круглосуточной работе; часовой пояс не указан)",
  "Between Bukhara and Turkmenabat; the Turkmen side processes nobody during its lunch break.":
    "Между Бухарой и Туркменабадом; во время обеденного перерыва туркменская сторона никого не оформляет.",
  "Capacity talks (4 Feb 2025) after the reconstruction of the Turkmen post Farap awtoýollary":
    "Переговоры о пропускной способности (4 февраля 2025 года) после реконструкции туркменского поста «Фарап автоёллары»",
  "Uzbekistan reopened the border with Afghanistan to travellers from 23 Nov 2025 (UZ Chamber of Commerce to AFP, announced 2 Dec 2025); the visa regime is unchanged; 'citizens of both countries' are named, third-country nationals are not mentioned":
    "Узбекистан вновь открыл границу с Афганистаном для путешественников с 23 ноября 2025 года (Торгово-промышленная палата Узбекистана агентству AFP, объявлено 2 декабря 2025 года); визовый режим не изменился; названы «граждане обеих стран», о гражданах третьих стран не сказано",
  "Kunduz is about 60 km south; Dushanbe about 3 hours by taxi.": "Кундуз примерно в 60 км к югу; до Душанбе около 3 часов на такси.",
  "Crossed in September 2024 on a British passport; Afghan visa on arrival, paid at an Afghan bank":
    "Пересёк границу в сентябре 2024 года с британским паспортом; афганская виза по прибытии, оплата в афганском банке",
  "Between Samarkand (about 36 km) and Panjakent.": "Между Самаркандом (около 36 км) и Пенджикентом.",
  "A tourist group crossed from Uzbekistan to Tajikistan here in June 2023, walking about 400 m of no-man's land":
    "Здесь в июне 2023 года туристическая группа перешла из Узбекистана в Таджикистан, пройдя пешком около 400 м нейтральной полосы",
  "While Zhibek Zholy is closed (from 5 Feb 2025) pedestrians are sent to Kaplanbek, B. Konysbaev, Syrdarya and Tselinny, and trucks to Atameken, Kazygurt and Tazhen":
    "Пока Жибек Жолы закрыт (с 5 февраля 2025 года), пешеходов направляют через Капланбек, Б. Конысбаева, Сырдарью и Целинный, а грузовики — через Атамекен, Казыгурт и Тажен",
  "UZ Customs advises crossing 08:00-18:00 (June 2025); the posts' hours are not published":
    "таможня Узбекистана советует пересекать границу с 08:00 до 18:00 (июнь 2025 года); часы работы постов не опубликованы",
  "On the M-39, where the Uzbek road crosses a 25 km stretch of Kazakhstan (with Syrdarya – Malik at the other end).":
    "На трассе М-39, где узбекская дорога проходит 25 км по территории Казахстана (на другом конце — Сырдарья – Малик).",
  "UZ Customs: Tselinny and Syrdarya are not international crossings; it advises Uzbek and Kazakh citizens to cross in daytime, 08:00–18:00; about 1,500 people and 250 vehicles a day":
    "Таможня Узбекистана: Целинный и Сырдарья не являются международными пунктами пропуска; она советует гражданам Узбекистана и Казахстана пересекать границу днём, с 08:00 до 18:00; около 1500 человек и 250 транспортных средств в сутки",
  "On the M-39, where the Uzbek road crosses a 25 km stretch of Kazakhstan (with Tselinny – Ok Oltin at the other end).":
    "На трассе М-39, где узбекская дорога проходит 25 км по территории Казахстана (на другом конце — Целинный – Ок Олтин).",
  "a relay of a Kun.uz report says 06:00-20:00 (year not shown); not confirmed": "пересказ сообщения Kun.uz называет 06:00–20:00 (год не указан); не подтверждено",
  "Reportage: crowds at about 23:00, a narrow pedestrian passage and two passport booths": "Репортаж: толпы около 23:00, узкий пешеходный проход и две паспортные кабины",
  "KG Border Service: Kyzyl-Bel and Kairagach reopened 13 Mar 2025, round the clock, passengers and freight; Kyzyl-Bel international (KG, TJ and third-country citizens), Kairagach bilateral (KG and TJ citizens only)":
    "Пограничная служба Кыргызстана: «Кызыл-Бел» и «Кайрагач» вновь открыты 13 марта 2025 года, круглосуточно, для пассажиров и грузов; «Кызыл-Бел» — международный (граждане Кыргызстана, Таджикистана и третьих стран), «Кайрагач» — двусторонний (только граждане Кыргызстана и Таджикистана)",
  "185 km north-east of Mashhad. In March 2026 it worked only for diplomats and arranged evacuations (Azattyk); no later news.":
    "185 км к северо-востоку от Мешхеда. В марте 2026 года работал только для дипломатов и организованных эвакуаций («Азаттык»); более поздних новостей нет.",
  "Turkmenistan closed three official crossings with Iran; only Serakhs works, for diplomats and pre-agreed evacuations; Bajgiran and Artyk fully closed":
    "Туркменистан закрыл три официальных пункта пропуска на границе с Ираном; работает только Серахс — для дипломатов и заранее согласованных эвакуаций; Баджгиран и Артык полностью закрыты",
  "a guidebook of about 2012 gives 09:00-17:00": "путеводитель примерно 2012 года указывает 09:00–17:00",
  "a guidebook of about 2012 gives 07:30-15:30": "путеводитель примерно 2012 года указывает 07:30–15:30",
  "About 35 km from Ashgabat; the Turkmen upper post is 25 km from its lower gate, with shuttle minivans between them (guidebook, about 2012).":
    "Около 35 км от Ашхабада; верхний туркменский пост в 25 км от нижних ворот, между ними ходят микроавтобусы (путеводитель, примерно 2012 год).",
  "The only road crossing between Kazakhstan and Turkmenistan; from Zhanaozen and Aktau. Closed to Turkmen citizens since May 2018 (turkmen.news, 2019).":
    "Единственный автомобильный переход между Казахстаном и Туркменистаном; со стороны Жанаозена и Актау. Закрыт для граждан Туркменистана с мая 2018 года (turkmen.news, 2019).",
  "KZ government: the upgraded Temir-Baba checkpoint launched (December 2025)":
    "Правительство Казахстана: модернизированный пункт пропуска «Темир-Баба» запущен (декабрь 2025 года)",
  "More than 120 trucks queued on 5 Oct 2023 (KG Border Service)": "5 октября 2023 года в очереди стояли более 120 грузовиков (Пограничная служба Кыргызстана)",
  "Round the clock from March 2019; no report after 2023 found either way":
    "Круглосуточно с марта 2019 года; сообщений после 2023 года — ни подтверждающих, ни опровергающих — не найдено",
  "KZ government: Kaplanbek and Atameken works completed, Kazygurt modernised and opened (December 2025)":
    "Правительство Казахстана: работы на «Капланбеке» и «Атамекене» завершены, «Казыгурт» модернизирован и открыт (декабрь 2025 года)",
  "a tour operator says daylight, typically 08:00-17:00, closed Fridays and Turkmen holidays (time zone not stated)":
    "по словам туроператора, в светлое время суток, обычно 08:00–17:00, закрыт по пятницам и в туркменские праздники (часовой пояс не указан)",
  "Mary is about 307 km (6–7 hours) away, Herat about 125 km (2–3 hours). Foreigners cross only on a pre-arranged guided tour.":
    "До Мары около 307 км (6–7 часов), до Герата около 125 км (2–3 часа). Иностранцы пересекают границу только в составе заранее организованного тура с гидом.",
  "TM MFA: the checkpoints with Afghanistan work; about 160 trucks and 70 rail cars a day across both crossings (August 2021)":
    "МИД Туркменистана: пункты пропуска на границе с Афганистаном работают; около 160 грузовиков и 70 вагонов в сутки через оба перехода (август 2021 года)",
  "only an undated directory gives hours (09:00-18:00, time zone not stated)": "часы работы даёт только справочник без даты (09:00–18:00, часовой пояс не указан)",
  "Dashoguz – Shavat and Koneurgench – Khojeyli reopened for freight only from 26 Nov 2021":
    "Дашогуз – Шават и Кёнеургенч – Ходжейли с 26 ноября 2021 года вновь открыты только для грузов",
  "only an undated directory gives hours (09:00-18:00 daily, time zone not stated)": "часы работы даёт только справочник без даты (ежедневно 09:00–18:00, часовой пояс не указан)",
  "extended by 1.5 hours from 15 Jan 2025; base hours not published": "с 15 января 2025 года продлён на 1,5 часа; основные часы работы не опубликованы",
  "Karamyk and Bordobo resumed work on 8 Jul 2025, at a ceremony the two presidents joined by video link; a photo caption reads 'KPP Todzhvaron – Karamyk'":
    "«Карамык» и «Бордобо» возобновили работу 8 июля 2025 года на церемонии, к которой президенты двух стран подключились по видеосвязи; подпись к фотографии: «КПП Тоджварон – Карамык»",
  "Saryagash – Keles is the main KZ–UZ freight junction (36 to 40 train pairs a day planned); Oasis up to 10":
    "Сарыагаш – Келес — главный грузовой железнодорожный стык Казахстана и Узбекистана (планируется от 36 до 40 пар поездов в сутки); Оазис — до 10",
  "'Kaindy Temir Zhol': multilateral post for KG, KZ and foreign citizens; train passengers and cargo; in Kaindy town":
    "«Кайынды Темир Жол»: многосторонний пост для граждан Кыргызстана, Казахстана и иностранцев; пассажиры поездов и грузы; в городе Кайынды",
  "Both rail checkpoints (Dostyk and Altynkol) work round the clock and are not closed on the holidays that close the road checkpoints":
    "Оба железнодорожных пункта пропуска («Достык» и «Алтынколь») работают круглосуточно и не закрываются в праздники, когда закрываются автомобильные пункты пропуска",
  "All crossings, closed since 23 March 2020 (COVID) except for trucks, expected to reopen by Navruz 2021; no later status for this crossing found":
    "Все переходы, закрытые с 23 марта 2020 года (COVID) для всех, кроме грузовиков, ожидалось открыть к Наврузу 2021 года; более поздних сведений об этом переходе не найдено",
  "The Kazakh and Turkmen railways decided in January 2025 to reopen the joint international crossing point at Bolashak station; whether and when it reopened is not reported":
    "Железные дороги Казахстана и Туркменистана в январе 2025 года решили вновь открыть совместный международный пункт пропуска на станции Болашак; открылся ли он и когда, не сообщается",
  "the Kyrgyz Border Service gives 07:00-23:00 for the crossing, presumably in Kyrgyz time (an hour ahead of Uzbek time); the Uzbek side's own hours are not published":
    "Пограничная служба Кыргызстана указывает для перехода 07:00–23:00, по-видимому по кыргызскому времени (на час впереди узбекского); собственные часы работы узбекской стороны не опубликованы",
  "Temporary crossing opened in August 2025 while Otukchu is closed; whether it still works is not stated":
    "Временный переход, открытый в августе 2025 года, пока закрыт «Отукчу»; работает ли он до сих пор, не сообщается",
  "KG Border Service via Kabar: Madaniyat and Baimak are the two pedestrian crossings of Jalal-Abad region; Bek-Abad, Kara-Bagysh and Kara-Suu 'will be opened soon'":
    "Пограничная служба Кыргызстана (через «Кабар»): «Маданият» и «Баймак» — два пешеходных перехода Джалал-Абадской области; «Бек-Абад», «Кара-Багыш» и «Кара-Суу» «будут открыты в ближайшее время»",
  "daytime only (2019); hours not given": "только в дневное время (2019 год); часы не указаны",
  "AFP: the Saturday border market at Ruzvai (Darvaz) reopened; open since 2004, shut after 2021; Afghans cross a bridge to it; a market for local traders, not described as a crossing for travellers":
    "AFP: субботний приграничный рынок в Рузвае (Дарваз) вновь открылся; работал с 2004 года, закрыт после 2021 года; афганцы приходят на него по мосту; это рынок для местных торговцев, как переход для путешественников он не описан",
  "Opened 1 April 2021; no later status found": "Открыт 1 апреля 2021 года; более поздних сведений о статусе не найдено",
  "Russian embassy: evacuation possible via Sarakhs, Artyk – Lotfabad, Gaudan – Bajgiran, Akyayla – Incheburun and Altyn Asyr – Incheburun, only after data are sent to the embassy in Iran":
    "Посольство России: эвакуация возможна через Серахс, Артык – Лютфабад, Гаудан – Баджгиран, Акяйла – Инчебурун и Алтын Асыр – Инчебурун, только после передачи данных в посольство в Иране",
  "Seasonal (high pass, gate at 2,754 m): opened only 3–30 Sep 2024 so far; all-year operation expected after 2027.":
    "Сезонный (высокий перевал, ворота на высоте 2754 м): пока работал только 3–30 сентября 2024 года; круглогодичная работа ожидается после 2027 года.",
  "Over the Bedel pass between Issyk-Kul region (about 80 km from Karakol) and Uqturpan county, Aksu; a temporary 58 km road was built to the checkpoint.":
    "Через перевал Бедел между Иссык-Кульской областью (около 80 км от Каракола) и уездом Уч-Турфан округа Аксу; к пункту пропуска построена временная дорога длиной 58 км.",
  "Opened temporarily 3–30 Sep 2024; no status for 2025–2026 found": "Временно открывался 3–30 сентября 2024 года; сведений о статусе на 2025–2026 годы не найдено",
  "KG parliament approved in first reading a protocol (signed 22 Aug 2025) making Tomonku-Chui (formerly Kamyshanovka) and Kichi-Kapka international and round-the-clock; whether they pass travellers now is not stated":
    "Парламент Кыргызстана одобрил в первом чтении протокол (подписан 22 августа 2025 года), по которому «Томонку-Чуй» (бывшая Камышановка) и «Кичи-Капка» становятся международными и круглосуточными; пропускают ли они путешественников сейчас, не сообщается",
  "The Talas – Kichi-Kapka road (93 km) is being reconstructed, 2025–2028.": "Дорога Талас – Кичи-Капка (93 км) реконструируется в 2025–2028 годах.",
  "Announced to reopen (May 2023); no opening found": "Объявлено о скором открытии (май 2023 года); сведений об открытии не найдено",
  "The Khorog border market closed in 2016; no current status found": "Приграничный рынок в Хороге закрыт в 2016 году; сведений о нынешнем статусе не найдено",
  "Shamsiddin Shohin (ex-Shuroobod) bridge: closed August 2018, reopened mid-February 2019 for humanitarian purposes; no later status found":
    "Мост Шамсиддин Шохин (бывший Шурообод): закрыт в августе 2018 года, вновь открыт в середине февраля 2019 года для гуманитарных целей; более поздних сведений о статусе не найдено",
  "Kokul (Farkhor – Ai Khanum) temporarily closed after the Taliban took Ai Khanum on 13 Aug 2018; no later status found":
    "Кокуль (Фархор – Ай-Ханум) временно закрыт после того, как 13 августа 2018 года талибы заняли Ай-Ханум; более поздних сведений о статусе не найдено",
  "Closed from about 13 Aug 2025 (bridge washed out); no reopening found": "Закрыт примерно с 13 августа 2025 года (размыт мост); сведений об открытии не найдено",
  "Tajikistan's GBAO permit.": "Таджикский пропуск в ГБАО.",
  "Page updated December 2024: the Ishkashim crossing is closed, use Shir Khan Bandar; the Afghan consulate in Khorog is closed":
    "Страница обновлена в декабре 2024 года: переход Ишкашим закрыт, пользуйтесь Шерхан-Бандаром; афганское консульство в Хороге закрыто",
  "round the clock before its closure in May 2021; no current hours": "круглосуточно до закрытия в мае 2021 года; нынешних часов работы нет",
  "KG Cabinet order No. 12-r of 21 May 2021 closed all five KG–TJ posts to Tajik citizens, goods and vehicles; Kulundu was not among the posts reopened in March or July 2025":
    "Распоряжение Кабинета министров Кыргызстана № 12-р от 21 мая 2021 года закрыло все пять постов на кыргызско-таджикской границе для граждан Таджикистана, грузов и транспорта; «Кулунду» не вошёл в число постов, вновь открытых в марте и июле 2025 года",
  "not published for this post; in December 2019 Uzbekistan's deputy foreign minister said the crossings opened with Tajikistan work round the clock":
    "для этого поста не опубликованы; в декабре 2019 года заместитель министра иностранных дел Узбекистана сказал, что переходы, открытые с Таджикистаном, работают круглосуточно",
  "Presidential decree of 17 Dec 2025: border troops inspect vehicles at the customs posts Bobotog, Uchturgan, Pop (Pap), Rovot (Ravat), Rishton and Bekabad-avto until the end of 2026; the Customs Committee says the posts are not closing":
    "Указ президента от 17 декабря 2025 года: до конца 2026 года транспорт на таможенных постах «Боботог», «Учтурган», «Поп» (Пап), «Ровот» (Рават), «Риштан» и «Бекабад-авто» досматривают пограничные войска; Таможенный комитет говорит, что посты не закрываются",
  "Tajikistan's anti-coronavirus headquarters: the crossings between Tajikistan and Uzbekistan resume normal operation from 15 March 2022":
    "Противокоронавирусный штаб Таджикистана: пункты пропуска между Таджикистаном и Узбекистаном возобновляют работу в обычном режиме с 15 марта 2022 года",
  "not published; an undated travel guide says the Tajik-Afghan crossings loosely work 09:00-16:00 (time zone not stated) and close on Sundays and public holidays":
    "не опубликованы; недатированный путеводитель пишет, что таджикско-афганские переходы работают примерно с 09:00 до 16:00 (часовой пояс не указан) и закрыты по воскресеньям и в праздничные дни",
  "a market bridge: AFP (May 2024) describes a Saturday market; crossing hours not given":
    "мост к рынку: AFP (май 2024 года) описывает субботний рынок; часы работы перехода не указаны",
  "not published; a visitor before 2021 found the border closing at 16:00, and an undated travel guide says the Tajik-Afghan crossings loosely work 09:00-16:00 and close on Sundays and public holidays":
    "не опубликованы; посетитель до 2021 года застал закрытие границы в 16:00, а недатированный путеводитель пишет, что таджикско-афганские переходы работают примерно с 09:00 до 16:00 и закрыты по воскресеньям и в праздничные дни",
  "only an undated directory gives hours (08:30-18:00 with a 12:30-13:30 lunch; another directory says 24 hours, time zone not stated); a traveller found the Turkmen side processing nobody during its lunch break":
    "часы приводит только недатированный справочник (08:30–18:00 с обедом 12:30–13:30; другой справочник пишет «круглосуточно», часовой пояс не указан); путешественник застал туркменскую сторону, не оформлявшую никого в обеденный перерыв",
  "Open from 20 April; closed 1 December to 20 April except for clearance by appointment twice a month, 3–4 days each time (Kashgar Customs, 2014)":
    "Открыт с 20 апреля; с 1 декабря по 20 апреля закрыт, кроме оформления по предварительной записи дважды в месяц, каждый раз на 3–4 дня (Кашгарская таможня, 2014 год)",
  "The Kyrgyz post closes for lunch 11:00–14:00; the guide (2024) gives the Chinese post's lunch as 13:00–16:00 Kyrgyz time, so the crossing may be shut 11:00–16:00: arrive early in the morning.":
    "Кыргызский пост закрыт на обед с 11:00 до 14:00; по путеводителю (2024) обед на китайском посту — с 13:00 до 16:00 по кыргызскому времени, так что переход может быть закрыт с 11:00 до 16:00: приезжайте рано утром.",
  "Closed to people, vehicles, cargo and goods because of the spring floods in Kostanay region, from 29 March 2024 until 18:00 on 27 April 2024 (Kazakh Border Service).":
    "Закрыт для людей, транспорта, грузов и товаров из-за весеннего паводка в Костанайской области с 29 марта 2024 года до 18:00 27 апреля 2024 года (Пограничная служба Казахстана).",
  "Closed to people, vehicles and cargo from 17 March 2025 because of flooding on the Bersuat river; Rosgranstroy announced on 2 April 2025 that passage had resumed. Nikolaevka, Komsomolsky and Bugristoye were the suggested alternatives.":
    "Закрыт для людей, транспорта и грузов с 17 марта 2025 года из-за паводка на реке Берсуат; 2 апреля 2025 года Росгранстрой сообщил, что пропуск возобновлён. В качестве альтернативы предлагались Николаевка, Комсомольский и Бугристое.",
  "7 days a week, 14 hours a day (the Chinese border inspection station, April 2025); which hours is not published":
    "7 дней в неделю, 14 часов в сутки (китайский пограничный контрольный пункт, апрель 2025 года); какие именно часы, не опубликовано",
  "Not the multilateral Pavlovka checkpoint in Karasuk district of Novosibirsk region, opposite Kosak (see Kosak – Pavlovka (Karasuk)). Kazakhstan's State Revenue Committee calls this post a bilateral checkpoint (DAPP); the Altai Krai transport ministry calls it international.":
    "Не многосторонний пункт пропуска «Павловка» в Карасукском районе Новосибирской области напротив «Косака» (см. Косак – Павловка (Карасук)). Комитет государственных доходов Казахстана называет этот пост двусторонним пунктом пропуска (ДАПП), министерство транспорта Алтайского края — международным.",
  "Not the Pavlovka checkpoint near Slavgorod in Altai Krai (see Naiza – Pavlovka (Slavgorod)). The seed page's 'Karaskusky' is taken to mean this post; it may instead mean the Karasuk railway crossing.":
    "Не пункт пропуска «Павловка» у Славгорода в Алтайском крае (см. Найза – Павловка (Славгород)). «Karaskusky» исходной страницы понимается как этот пост; возможно, имеется в виду железнодорожный переход Карасук.",
  "On the M-32 Samara – Shymkent road. During the reconstruction of Syrym (from August 2025, planned until the end of 2026) cars, pedestrians and, from September 2025, buses are sent to Taskala – Ozinki, Aksai – Ilek or Shagan – Teploye.":
    "На трассе М-32 Самара – Шымкент. На время реконструкции «Сырыма» (с августа 2025 года, по плану до конца 2026 года) легковые автомобили, пешеходов, а с сентября 2025 года и автобусы направляют через Таскала – Озинки, Аксай – Илек или Шаган – Тёплое.",
  "Syrym under reconstruction from 4 August 2025 until about 31 December 2026: no cars or pedestrians, buses until 31 August 2025, trucks through the electronic queue, up to 500 a day":
    "«Сырым» на реконструкции с 4 августа 2025 года примерно до 31 декабря 2026 года: легковые автомобили и пешеходы не пропускаются, автобусы — до 31 августа 2025 года, грузовики — через электронную очередь, до 500 в сутки",
  "Queues in May 2025 from road works before Zhaisan (13 May to about 7 June 2025); Zhaisan has four lanes, Sagarchin two (State Revenue Committee)":
    "Очереди в мае 2025 года из-за дорожных работ перед «Жайсаном» (с 13 мая примерно до 7 июня 2025 года); у «Жайсана» четыре полосы, у «Сагарчина» две (Комитет государственных доходов)",
  "Rosgranstroy offers Bugristoye, working round the clock, as an alternative while Mariinsky is shut by the flood (March 2025)":
    "Росгранстрой предлагает круглосуточно работающее «Бугристое» как альтернативу, пока «Мариинский» закрыт из-за паводка (март 2025 года)",
  "KazAvtoZhol began modernising Zhana Zhol in June 2025": "«КазАвтоЖол» начал модернизацию «Жана Жола» в июне 2025 года",
  "Tyumen region: contract signed in July 2025 for the overhaul of the checkpoint, works planned until 2027":
    "Тюменская область: в июле 2025 года подписан контракт на капитальный ремонт пункта пропуска, работы планируются до 2027 года",
  "At km 144 of the KZ07-04 Podstepnoe – Fyodorovka – Russian border road (KazAvtoZhol).": "На 144-м км дороги KZ07-04 Подстепное – Фёдоровка – граница России («КазАвтоЖол»).",
  "KazAvtoZhol offers Aksai – Ilek, international, for cars and buses as an alternative while Syrym is rebuilt":
    "«КазАвтоЖол» предлагает международный пункт Аксай – Илек для легковых автомобилей и автобусов как альтернативу на время реконструкции «Сырыма»",
  "Ube was connected to the electronic truck queue in January–February 2024 (State Revenue Committee)":
    "«Убе» подключён к электронной очереди для грузовиков в январе–феврале 2024 года (Комитет государственных доходов)",
  "At km 33 of the KZ07-01 Uralsk – Russian border road (KazAvtoZhol).": "На 33-м км дороги KZ07-01 Уральск – граница России («КазАвтоЖол»).",
  "KazAvtoZhol offers Shagan – Teploye, bilateral, for citizens of Kazakhstan and Russia as an alternative while Syrym is rebuilt":
    "«КазАвтоЖол» предлагает двусторонний пункт Шаган – Тёплое для граждан Казахстана и России как альтернативу на время реконструкции «Сырыма»",
  "Rosgranstroy offers Svetly and Teploye, 'both only for citizens of Russia and Kazakhstan', and Ilek and Sagarchin as alternatives to Orsk and Mashtakovo":
    "Росгранстрой предлагает как альтернативу «Орску» и «Маштаково» пункты «Светлый» и «Тёплое» («оба — только для граждан России и Казахстана»), а также «Илек» и «Сагарчин»",
  "Rosgranstroy offers DAPP Zverinogolovskoye, working round the clock, as an alternative while Petukhovo is repaired (October 2023)":
    "Росгранстрой предлагает круглосуточно работающий ДАПП «Звериноголовское» как альтернативу на время ремонта «Петухово» (октябрь 2023 года)",
  "The first post on the Russian border with the electronic truck queue, from November 2023 (State Revenue Committee)":
    "Первый пост на границе с Россией с электронной очередью для грузовиков, с ноября 2023 года (Комитет государственных доходов)",
  "Trucks cross Zhanybek through the electronic queue (West Kazakhstan revenue department, 2025)":
    "Грузовики проходят «Жаныбек» по электронной очереди (департамент госдоходов по ЗКО, 2025 год)",
  "Closed to cars and pedestrians from 4 August 2025 while the Kazakh post Syrym is rebuilt; the works are planned to last until about 31 December 2026. Alternatives: Taskala – Ozinki, Aksai – Ilek, Shagan – Teploye (citizens of Kazakhstan and Russia only).":
    "Закрыт для легковых автомобилей и пешеходов с 4 августа 2025 года на время реконструкции казахстанского поста «Сырым»; работы планируются примерно до 31 декабря 2026 года. Альтернативы: Таскала – Озинки, Аксай – Илек, Шаган – Тёплое (только для граждан Казахстана и России).",
  "Buses may cross only until 31 August 2025 during the reconstruction of Syrym, planned until about 31 December 2026.":
    "Автобусы могут проезжать только до 31 августа 2025 года на время реконструкции «Сырыма», запланированной примерно до 31 декабря 2026 года.",
  "Trucks cross only through the electronic queue, up to 500 a day, during the reconstruction of Syrym (planned until about 31 December 2026).":
    "Грузовики проезжают только по электронной очереди, до 500 в сутки, на время реконструкции «Сырыма» (запланирована примерно до 31 декабря 2026 года).",
  "no timetable: ships sail when loaded (travellers, 2016-2019)": "расписания нет: суда уходят, когда загружены (путешественники, 2016–2019)",
  "Entering Azerbaijan here: the State Border Service said in January 2025 that foreigners must enter Azerbaijan by air; leaving is not restricted.":
    "Въезд в Азербайджан здесь: Государственная пограничная служба заявила в январе 2025 года, что иностранцы должны въезжать в Азербайджан воздушным транспортом; выезд не ограничен.",
  "A cargo ferry with room for passengers, not a scheduled service: ships sail from Alat, south of Baku, when loaded, and one asks on the day. Foreigners may leave Azerbaijan this way; Azerbaijan admits them only by air (January 2025).":
    "Грузовой паром с местами для пассажиров, а не рейс по расписанию: суда уходят из Алята, к югу от Баку, когда загружены, и узнавать приходится в тот же день. Иностранцы могут выехать из Азербайджана этим путём; впускает их Азербайджан только воздушным транспортом (январь 2025 года).",
  "A cargo ferry with room for passengers and no timetable (travellers, 2019); Turkmen Ro-Pax ferries and Azerbaijani rail ferries ply the line (2023). Entering Turkmenistan needs a Turkmen visa (travellers, 2019); Azerbaijan admits foreigners only by air (January 2025).":
    "Грузовой паром с местами для пассажиров, без расписания (путешественники, 2019 год); на линии ходят туркменские грузопассажирские паромы (Ro-Pax) и азербайджанские железнодорожные паромы (2023 год). Для въезда в Туркменистан нужна туркменская виза (путешественники, 2019 год); Азербайджан впускает иностранцев только воздушным транспортом (январь 2025 года).",
  "ASCO carried 4,456 passengers between the ports of Alat and Kuryk in January–March 2025: 2,559 Alat to Kuryk, 1,897 Kuryk to Alat; who they were is not stated":
    "ASCO перевезло между портами Алят и Курык в январе–марте 2025 года 4456 пассажиров: 2559 из Алята в Курык, 1897 из Курыка в Алят; кто они были, не сообщается",
  "ASCO carried 1,426 passengers between the ports of Alat and Turkmenbashi in January–March 2025: 908 Alat to Turkmenbashi, 518 Turkmenbashi to Alat; who they were is not stated":
    "ASCO перевезло между портами Алят и Туркменбаши в январе–марте 2025 года 1426 пассажиров: 908 из Алята в Туркменбаши, 518 из Туркменбаши в Алят; кто они были, не сообщается",
  "Azerbaijan admits foreigners only by air: its State Border Service said in January 2025 that foreign citizens must enter by air and may leave without restriction, so foreigners may leave Azerbaijan by this ferry but not enter it. The special quarantine regime behind the rule was last extended, in March 2026, to 06:00 on 1 July 2026; whether it was extended again is not known.":
    "Азербайджан впускает иностранцев только воздушным транспортом: Государственная пограничная служба заявила в январе 2025 года, что иностранные граждане должны въезжать по воздуху, а выезжать могут без ограничений, поэтому иностранцы могут выехать из Азербайджана этим паромом, но не въехать им. Особый карантинный режим, на котором держится это правило, в последний раз продлили в марте 2026 года — до 06:00 1 июля 2026 года; продлевали ли его снова, неизвестно.",
  "A joint Kazakh–Uzbek delegation visited the Saryagash and Syrdarya border junctions (February 2026); Syrdarya is to reach 10 train pairs a day once the Darbaza – Maktaaral line is done":
    "Совместная казахстанско-узбекская делегация посетила пограничные стыки Сарыагаш и Сырдарья (февраль 2026 года); после завершения линии Дарбаза – Мактаарал стык Сырдарья должен выйти на 10 пар поездов в сутки",
  "Uzbekistan Railways: passenger train 301/302 Dushanbe – Tashkent – Dushanbe weekly from 20 June 2022 (Mondays from Dushanbe, Tuesdays from Tashkent), 916 km, 21 hours":
    "«Узбекистон темир йуллари»: пассажирский поезд 301/302 Душанбе – Ташкент – Душанбе еженедельно с 20 июня 2022 года (из Душанбе по понедельникам, из Ташкента по вторникам), 916 км, 21 час в пути",
  "After the strikes on Iran of 28 Feb 2026 Turkmenistan closed its official crossings with Iran except Serakhs (Azattyk); whether rail freight at Incheh Borun continued is not reported":
    "После ударов по Ирану 28 февраля 2026 года Туркменистан закрыл свои официальные пункты пропуска с Ираном, кроме Серахса (Азаттык); продолжились ли грузовые железнодорожные перевозки через Инчебурун, не сообщается",
  "The Turkmen and Uzbek railways discussed more throughput and container traffic on the Turkmenbashi – Farap/Khojadavlet route (July 2023)":
    "Железные дороги Туркменистана и Узбекистана обсудили увеличение пропускной способности и контейнерных перевозок на маршруте Туркменбаши – Фарап/Ходжадавлет (июль 2023 года)",
  "Surkhanabad station opened on the Uzbek–Turkmen border in May 2019, with customs and other controls for the section crossing the border; export-import cargo operations moved there from Boldir station in Turkmenistan":
    "Станция Сурханабад открыта на узбекско-туркменской границе в мае 2019 года, с таможенным и другими видами контроля на участке, пересекающем границу; экспортно-импортные грузовые операции перенесены туда со станции Болдыр в Туркменистане",
  "The weekly Dushanbe – Tashkent train (from June 2022) stops at Regar in Tajikistan and at Quduqli and Sariosiyo, the first Uzbek stations; no later timetable found.":
    "Еженедельный поезд Душанбе – Ташкент (с июня 2022 года) останавливается в Регаре в Таджикистане и в Кудукли и Сариасии — первых узбекских станциях; более позднего расписания не найдено.",
  "round the clock under a temporary regime the two sides extended to 30 June 2026; the hours after that are not published":
    "круглосуточно по временному режиму, который стороны продлили до 30 июня 2026 года; часы работы после этой даты не опубликованы",
  "Opened on 1 September 2023 (Andijan regional administration); no later report on this crossing found":
    "Открыт 1 сентября 2023 года (хокимият Андижанской области); более поздних сообщений об этом переходе не найдено",
  "daytime only (September 2023); hours not given": "только в дневное время (сентябрь 2023 года); часы не указаны",
  "The seed page puts Komsomolsky in Orenburg region. Rosgranstroy lists it among the alternatives to Mariinsky, a Chelyabinsk-region post, but AiF Chelyabinsk (September 2022) names only Mariinsky, Nikolaevka and Bugristoye on the Chelyabinsk-region border. Both regions are UTC+5.":
    "Страница из сида помещает Комсомольский в Оренбургскую область. Росгранстрой называет его среди альтернатив Мариинскому — посту Челябинской области, но «АиФ-Челябинск» (сентябрь 2022 года) называет на челябинском участке границы только Мариинский, Николаевку и Бугристое. В обеих областях UTC+5.",
  "Olkhovka is one of the main entry points into Omsk region, also for trucks transiting Kazakhstan from Central Asia; over 4.5 billion roubles from the federal budget over three years for its reconstruction (November 2025)":
    "Ольховка — один из основных пунктов въезда в Омскую область, в том числе для грузовиков, идущих транзитом через Казахстан из Центральной Азии; на её реконструкцию из федерального бюджета выделяется более 4,5 млрд рублей на три года (ноябрь 2025 года)",
  "The Russian post is at km 192 of the federal road A-320 (Sibupravtodor, 2020). Russia plans to rebuild it for over 4.5 billion roubles over three years (November 2025); Kazakhstan plans to modernise Urlyutobe in 2026.":
    "Российский пост находится на 192-м км федеральной трассы А-320 (Сибуправтодор, 2020 год). Россия планирует реконструировать его за более чем 4,5 млрд рублей в течение трёх лет (ноябрь 2025 года); Казахстан планирует модернизировать Урлютобе в 2026 году.",
  "Altai Krai (undated): the main routes of people and vehicles across the border run through the Kulunda checkpoint and others":
    "Алтайский край (без даты): основные маршруты движения граждан и транспортных средств через границу проходят через пункт пропуска «Кулунда» и другие",
  "Koyanbai reopened on 12 July 2022 after the COVID-19 closure": "Коянбай возобновил работу 12 июля 2022 года после закрытия из-за COVID-19",
  "Baitanat reopened on 12 July 2022 after the COVID-19 closure": "Байтанат возобновил работу 12 июля 2022 года после закрытия из-за COVID-19",
  "Closed for reconstruction and modernisation on both sides from 1 December 2022, as Uzbekistan's customs committee announced; both posts reopened on 27 January 2025 after a two-year break.":
    "Закрыт на реконструкцию и модернизацию с обеих сторон с 1 декабря 2022 года, как объявил таможенный комитет Узбекистана; оба поста вновь открылись 27 января 2025 года после двухлетнего перерыва.",
  "Reopened after reconstruction with commissioning works: people, cars and buses pass in limited numbers from 27 January to 5 February 2025; full capacity expected from 5 February.":
    "Вновь открыт после реконструкции, идут пусконаладочные работы: с 27 января по 5 февраля 2025 года людей, легковые автомобили и автобусы пропускают в ограниченном количестве; работа на полную мощность ожидается с 5 февраля.",
  "opening time not published; the Chinese side ends work at 16:00 (Kazakh Ministry of Finance, February 2026, time zone not stated), so it is shut from 19:00 Beijing time at the latest":
    "время открытия не опубликовано; китайская сторона заканчивает работу в 16:00 (Министерство финансов Казахстана, февраль 2026 года, часовой пояс не указан), так что не позднее чем с 19:00 по пекинскому времени пост закрыт",
  "Hours on this side are in Beijing time (UTC+8), two hours ahead of the Kyrgyz post. Since 1 June 2025 the Chinese border inspection station has trialled round-the-clock clearance of freight vehicles (Xinhua, 2 June 2025); the trial is for freight, and the hours for travellers above are unchanged by it.":
    "Часы работы на этой стороне указаны по пекинскому времени (UTC+8), на два часа впереди кыргызского поста. С 1 июня 2025 года китайская пограничная инспекция в порядке эксперимента оформляет грузовые автомобили круглосуточно («Синьхуа», 2 июня 2025 года); эксперимент касается только грузов, и часы работы для путешественников, указанные выше, от него не меняются.",
  // h21b: Shakhimardan and Sokh crossings, Kaitpas/Otukchu daytime hours, Kyzyl-Kiya hours comments.
  "hours not published; a reportage (2025) found people queueing to cross at about 23:00":
    "часы не опубликованы; репортаж (2025 год) застал людей в очереди на переход около 23:00",
  "a relay of a Kun.uz report says 06:00-20:00 (year not shown); not confirmed, and a 2025 reportage found people queueing to cross at about 23:00 Kyrgyz time (22:00 in Uzbekistan)":
    "пересказ сообщения Kun.uz называет 06:00–20:00 (год не указан); не подтверждено, а репортаж 2025 года застал людей в очереди на переход около 23:00 по кыргызскому времени (22:00 по узбекскому)",
  "The first of the two crossings on the road from Fergana to the Uzbek enclave of Shakhimardan: into Kyrgyzstan here, back into Uzbekistan at Ak-Kiya – Oq-qiya.":
    "Первый из двух переходов на дороге из Ферганы в узбекский анклав Шахимардан: здесь — в Кыргызстан, обратно в Узбекистан — на переходе Ак-Кия – Ок-кия.",
  "Working round the clock from 18 June 2025 (Uzbek Customs Committee)": "Работает круглосуточно с 18 июня 2025 года (Таможенный комитет Узбекистана)",
  "At the entrance to the Uzbek enclave of Shakhimardan (with Yordon), reached from Fergana through Kyrgyzstan after Kadamjay – Vodil.":
    "На въезде в узбекский анклав Шахимардан (с Ёрдоном), куда из Ферганы едут через Кыргызстан после перехода Кадамджай – Водил.",
  "daytime only (April 2021); hours not given": "только в дневное время (апрель 2021 года); часы не указаны",
  "Closed to people, passenger cars, buses and trucks under 3.5 t from 1 February 2025 for the rebuilding of Tazhen, extended to 31 December 2025 (Kazakh State Revenue Committee); heavy trucks still cross, and extra Nukus – Beineu trains run instead.":
    "Закрыт для людей, легковых автомобилей, автобусов и грузовиков массой до 3,5 т с 1 февраля 2025 года на время реконструкции Тажена, запрет продлён до 31 декабря 2025 года (Комитет государственных доходов Казахстана); тяжёлые грузовики по-прежнему проходят, а вместо этого курсируют дополнительные поезда Нукус – Бейнеу.",
  "Uzbekistan's Customs Committee restricted pedestrians, passenger cars and buses at Daut-Ata for the reconstruction of the post (announced 29 December 2025); no end date was given.":
    "Таможенный комитет Узбекистана ограничил пропуск пешеходов, легковых автомобилей и автобусов через «Даут-Ата» на время реконструкции пункта (объявлено 29 декабря 2025 года); срок окончания не назван.",
  "current hours not published; in 2014 the Kyrgyz post worked round the clock only for the summer tourist season":
    "текущие часы работы не опубликованы; в 2014 году кыргызский пост работал круглосуточно только в летний туристический сезон",
  "hours not published; freight vehicles were cleared through the night of 21–22 December 2025 (Kostanay revenue department)":
    "часы работы не опубликованы; в ночь на 22 декабря 2025 года грузовые автомобили оформлялись всю ночь (департамент госдоходов Костанайской области)",
};
