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
  "travellers disagree whether it opens at weekends":
    "путешественники расходятся во мнениях, работает ли он в выходные",
  "daylight hours only until at least January 2026; a protocol for round-the-clock operation was being ratified then, and whether the Kazakh post now works at night or in winter is not published":
    "только в светлое время суток как минимум до января 2026 года; тогда ратифицировался протокол о круглосуточной работе, и работает ли теперь казахстанский пост ночью или зимой, не опубликовано",
  "Seasonal post, open in the summer months (typically May to October); dates vary with weather and snowmelt":
    "Сезонный пост, открыт в летние месяцы (обычно с мая по октябрь); даты зависят от погоды и таяния снега",
  "Karkyra lies in the Issyk-Kul border zone: a Kyrgyz border permit is needed to travel there":
    "Каркыра находится в пограничной зоне Иссык-Куля: чтобы туда поехать, нужен кыргызский пропуск в пограничную зону",
  "Near Karkyra (KGS, KZT)":
    "Возле Каркыры (KGS, KZT)",
  "No fuel, shops or services in the Karkyra valley":
    "В долине Каркыра нет топлива, магазинов и услуг",
  "No hotels on the Kyrgyz side near the border":
    "Гостиниц на кыргызской стороне у границы нет",
  "Little public transport; marshrutka to Karkara village (7 km) may run from Karakol":
    "Общественного транспорта мало; из Каракола может ходить маршрутка до села Каркара (7 км)",
  "No exchange office and no supplies":
    "Нет обменного пункта и никаких припасов",
  "Little public transport":
    "Общественного транспорта мало",
  "Kyrgyz side: paved from Karakol until the last 20–30 km, then rough gravel needing good clearance (no sedans). Kazakh side: paved to Kegen. About 10 km of neutral zone between the posts.":
    "Кыргызская сторона: асфальт от Каракола до последних 20–30 км, дальше плохой гравий, нужен хороший клиренс (не для седанов). Казахстанская сторона: асфальт до Кегена. Между постами около 10 км нейтральной зоны.",
  "Exchange office on the Kyrgyz side":
    "Обменный пункт на кыргызской стороне",
  "Exchange office on the Kazakh side":
    "Обменный пункт на казахстанской стороне",
  "Food and drink at the crossing":
    "Еда и напитки на переходе",
  "Plenty of buses and taxis":
    "Много автобусов и такси",
  "Main road between Bishkek and Almaty.":
    "Главная дорога между Бишкеком и Алматы.",
  "hours not published in our sources":
    "часы работы в наших источниках не опубликованы",
  "Money can be changed at the border":
    "На границе можно обменять деньги",
  "Somewhere to eat at the border":
    "На границе есть где поесть",
  "On the road between Bishkek and Taraz.":
    "На дороге между Бишкеком и Таразом.",
  "On the road between Taraz and Talas.":
    "На дороге между Таразом и Таласом.",
  "Very busy: in August 2024 the Border Service counted 18,000–26,000 people a day against a capacity of about 16,400, with the worst queues on Osh region wholesale market days (Tuesday and Saturday).":
    "Очень загружен: в августе 2024 года Пограничная служба насчитывала 18 000–26 000 человек в день при пропускной способности около 16 400, а самые большие очереди бывают в дни оптовых рынков Ошской области (вторник и суббота).",
  "On the main road between Osh and Andijan.":
    "На главной дороге между Ошем и Андижаном.",
  "Shared taxis on both sides of the border":
    "Коллективные такси с обеих сторон границы",
  "The Kyrgyz post stamps you in only if your name is already on its entry list: travellers who arrived before their announced date had to wait outside the gate overnight.":
    "Кыргызский пост ставит отметку о въезде, только если ваше имя уже есть в его списке въезжающих: путешественникам, приехавшим раньше заявленной даты, пришлось ночевать за воротами.",
  "hours not published; the crossing must be announced in advance":
    "часы работы не опубликованы; о переходе нужно заявить заранее",
  "Tajik citizens are not allowed to cross their own border here (overlanders' report, May 2024). Leaving Tajikistan took minutes; the GBAO permit and personal permit are handed back at this post.":
    "Гражданам Таджикистана здесь не разрешено пересекать собственную границу (отчёт путешественников, май 2024 года). Выезд из Таджикистана занял несколько минут; пропуск в ГБАО и личное разрешение сдаются на этом посту.",
  "hours not published":
    "часы работы не опубликованы",
  "Announce the crossing at least 5 days ahead by email or WhatsApp: expected date, direction, passport copy, vehicle documents and plate number, and a photo of the vehicle. Arriving before the announced date means waiting at the gate.":
    "Заявите о переходе не менее чем за 5 дней по электронной почте или в WhatsApp: ожидаемая дата, направление, копия паспорта, документы на транспортное средство и его номер, фотография транспортного средства. Если приехать раньше заявленной даты, придётся ждать у ворот.",
  "US$15 per person for an entry permit when entering Kyrgyzstan (can be paid in advance online); no vehicle fee, no car tax or insurance at the border.":
    "15 долларов США с человека за разрешение на въезд при въезде в Кыргызстан (можно оплатить заранее онлайн); сбора за транспортное средство, автомобильного налога и страховки на границе нет.",
  "Not at the post; in Sary-Tash, the next village":
    "Не на посту; в Сары-Таше, ближайшем селе",
  "Not at the post; in Sary-Tash":
    "Не на посту; в Сары-Таше",
  "Diesel in Sary-Tash, not at the post":
    "Дизельное топливо в Сары-Таше, не на посту",
  "Almost no traffic between the posts":
    "Между постами почти нет транспорта",
  "Kyzyl-Art pass at about 4,280 m on the Pamir Highway. At the end of May 2024 there was snow, and below the Tajik post a 3 km descent of wet clay damaged by running water; about 20 km between the two posts.":
    "Перевал Кызыл-Арт на высоте около 4280 м на Памирском тракте. В конце мая 2024 года там лежал снег, а ниже таджикского поста — 3 км спуска по мокрой глине, размытой текущей водой; между двумя постами около 20 км.",
  "With both lunch breaks the crossing as a whole is shut 11:00–16:00 Kyrgyz time: arrive early in the morning.":
    "С учётом обоих обеденных перерывов переход в целом закрыт с 11:00 до 16:00 по кыргызскому времени: приезжайте рано утром.",
  "opening and closing times not published; closed for lunch 11:00-14:00":
    "время открытия и закрытия не опубликовано; обеденный перерыв 11:00–14:00",
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
  "hours on the Chinese side not published":
    "часы работы китайской стороны не опубликованы",
  "The pass is generally snow-free from late May to late September; outside this period it is often closed or the road is too dangerous":
    "Перевал обычно свободен от снега с конца мая до конца сентября; в остальное время он часто закрыт или дорога слишком опасна",
  "The Torugart checkpoint is in the Naryn border zone: a Kyrgyz border permit is needed to travel there":
    "Пункт пропуска Торугарт находится в пограничной зоне Нарына: чтобы туда поехать, нужен кыргызский пропуск в пограничную зону",
  "Foreigners need arrangements made beforehand: a permit and an agency with transport meeting them on the Chinese side. Travellers without the right documents have been turned back.":
    "Иностранцам нужно договориться заранее: разрешение и агентство, транспорт которого встретит их на китайской стороне. Путешественников без нужных документов разворачивали.",
  "About 400 km from Bishkek via Naryn; the road is narrow and in winter often impassable because of snow and avalanches. Fuel, food and spare parts are scarce in the region.":
    "Около 400 км от Бишкека через Нарын; дорога узкая, а зимой часто непроезжая из-за снега и лавин. Топлива, еды и запчастей в регионе мало.",
  "operates during the daytime; exact hours not published":
    "работает в дневное время; точные часы не опубликованы",
  "12 hours a day, 07:00-19:00, since early 2026; which days is not stated":
    "12 часов в сутки, 07:00–19:00, с начала 2026 года; в какие дни, не указано",
  "hours not published; both sides agreed in October 2025 to optimise them":
    "часы работы не опубликованы; в октябре 2025 года обе стороны договорились их оптимизировать",
  "Sources disagree on where Pavlovka is: the seed page and the Altai Krai transport ministry put it in Altai Krai (Slavgorod district), a 2023 report puts a Pavlovka checkpoint in Karasuk district of Novosibirsk region.":
    "Источники расходятся в том, где находится Павловка: страница из исходного набора данных и министерство транспорта Алтайского края помещают её в Алтайский край (Славгородский район), а сообщение 2023 года — пункт пропуска Павловка в Карасукский район Новосибирской области.",
  "Time zone assumed (Kostanay or North Kazakhstan region; both UTC+5).":
    "Часовой пояс предположительный (Костанайская или Северо-Казахстанская область; обе UTC+5).",
  "The road checkpoint in Karasuk district is reported under the name Pavlovka (see that crossing); the seed's 'Karaskusky' may refer to it or to the Karasuk railway crossing.":
    "Автомобильный пункт пропуска в Карасукском районе упоминается под названием Павловка (см. этот переход); «Караскуский» из исходного набора данных может означать его или железнодорожный переход Карасук.",
  "The seed page puts Komsomolsky in Orenburg region; Rosgranstroy lists it among the alternatives to a Chelyabinsk-region post, so it may be in Chelyabinsk region. Both are UTC+5.":
    "Страница из сида помещает Комсомольский в Оренбургскую область; Росгранстрой называет его среди альтернатив посту в Челябинской области, так что он может быть в Челябинской области. Обе в UTC+5.",
  "The busiest Omsk-region checkpoint: about 750,000 people and 274,000 vehicles in 2022, half of the region's border traffic.":
    "Самый загруженный пункт пропуска Омской области: около 750 000 человек и 274 000 транспортных средств в 2022 году, половина пограничного трафика области.",
  "Saratov time is UTC+4, an hour behind the Kazakh post.":
    "Саратовское время — UTC+4, на час позади казахстанского поста.",
  "Main crossing between Tashkent and Shymkent, often crowded.":
    "Главный переход между Ташкентом и Шымкентом, часто переполнен.",
  "Road link between Nukus and Beineu / Aktau. While the post is closed to passengers, extra Nukus – Beineu trains run via the Karakalpakstan railway checkpoint.":
    "Автодорожное сообщение между Нукусом и Бейнеу / Актау. Пока пост закрыт для пассажиров, дополнительные поезда Нукус – Бейнеу ходят через железнодорожный пункт пропуска «Каракалпакстан».",
  "hours not published; in winter only on days announced in advance":
    "часы работы не опубликованы; зимой только в заранее объявленные дни",
  "Hours on this side would be in Beijing time (UTC+8), three hours ahead of Tajikistan.":
    "Часы работы на этой стороне были бы по пекинскому времени (UTC+8), на три часа впереди Таджикистана.",
  "Regular weekday operation from May to November. Year-round operation was agreed in 2011, but in winter the Chinese side sets a floating schedule of a few days a month.":
    "Регулярная работа по будням с мая по ноябрь. Круглогодичная работа была согласована в 2011 году, но зимой китайская сторона устанавливает плавающий график — несколько дней в месяц.",
  "Open only from the 16th to the 30th of each month, May to November (older arrangement)":
    "Открыт только с 16-го по 30-е число каждого месяца, с мая по ноябрь (прежний порядок)",
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
  "Quick and easy crossing, open to international travellers":
    "Быстрый и простой переход, открыт для иностранных путешественников",
  "The busiest and easiest Kyrgyz–Chinese crossing":
    "Самый загруженный и самый простой кыргызско-китайский переход",
  "156,900 crossings by people and 97,700 vehicles through Dulata in 2025, both record highs":
    "156 900 пересечений людьми и 97 700 транспортных средств через Дулату в 2025 году — и то и другое рекорд",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Veseloyarsk (Altai Krai)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Веселоярск (Алтайский край)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Pavlovka (Altai Krai)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Павловка (Алтайский край)",
  "Listed among the checkpoints on the Kazakhstan–Russia border: Gornyak (Altai Krai)":
    "Указан среди пунктов пропуска на казахстанско-российской границе: Горняк (Алтайский край)",
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
  "Heavy trucks still pass while the post is rebuilt":
    "Тяжёлые грузовики продолжают проходить, пока пост перестраивается",
  "The Kyrgyz post has worked day and night since 25 August 2025 (the president's press secretary); whether either post closes in winter is not in our sources":
    "Кыргызский пост работает круглосуточно с 25 августа 2025 года (пресс-секретарь президента); закрывается ли какой-либо из постов зимой, в наших источниках не сказано",
  "A Kyrgyz permit is needed to use this crossing (a \"border exit permit\", which a traveller reporting in December 2025 got through an Osh agency for US$20; earlier from the Tourism Department). Going from Kyrgyzstan into Tajikistan you also need a GBAO permit (the same agency charged US$30).":
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
};
