/**
 * The Caspian ferries to Azerbaijan (docs/research/south-borders.md §9 and the sources found
 * since): Kuryk – Alat (Kazakhstan – Azerbaijan) and Turkmenbashi – Alat (Turkmenistan –
 * Azerbaijan). Side 0 is the Central Asian port, side 1 Azerbaijan's (Asia/Baku): the Port of
 * Baku at Alat, one post serving both lines (ASCO counts its passengers "between the ports
 * Alat – Kuryk" and "Alat – Turkmenbashi"; geography.test.ts lists it in SHARED_POSTS).
 *
 * There is no "ferry" travel mode: the modes are the ways a traveller boards as the sources say
 * (a foot passenger is "pedestrian", with a car, with a truck), and the names say "(ferry)".
 *
 * No location: a port has no land border with the other country, so the border checks of
 * geography.test.ts cannot apply, and no source at hand gives the ports' coordinates.
 *
 * Who may board is "unknown". Azerbaijan has admitted people only by air since March 2020 (its
 * land and, per Chai Khana, sea borders closed to them); its State Border Service said in
 * January 2025 that foreigners must enter by air and may leave without restriction, and a
 * traveller left Baku by ferry in August 2025 on those terms. Yet ASCO carried passengers both
 * ways in January–March 2025 without saying who they were. Entering Azerbaijan by these ferries is
 * therefore a dated notice ("restricted", db/seed/notices.ts) until the end of the latest
 * extension found (1 July 2026); whether it was extended again is not known.
 */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { ref, side } from "./build";

const asco2025Kuryk = ref(
  "korabel-asco-q1-2025",
  "2025-03",
  "ASCO carried 4,456 passengers between the ports of Alat and Kuryk in January–March 2025: 2,559 Alat to Kuryk, 1,897 Kuryk to Alat; who they were is not stated",
);
const asco2025Tm = ref(
  "korabel-asco-q1-2025",
  "2025-03",
  "ASCO carried 1,426 passengers between the ports of Alat and Turkmenbashi in January–March 2025: 908 Alat to Turkmenbashi, 518 Turkmenbashi to Alat; who they were is not stated",
);
const sbs2025 = ref(
  "trend-sbs-air-entry-2025",
  "2025-01-17",
  "Azerbaijan's State Border Service: foreign citizens wishing to visit Azerbaijan must use air transport; there are no restrictions on leaving",
);
const quarantine2026 = ref(
  "tvitaz-quarantine-2026-03-16",
  "2026-03-16",
  "The special quarantine regime (behind entry by air only) extended to 06:00 on 1 July 2026; the end of the seeded notice",
);
const chaikhana2023 = ref("chaikhana-locked-borders-2023", "2023-10-30", "Since March 2020 Azerbaijan has kept its land and sea borders closed; the only way to enter is by air");
const ramblin2025 = ref(
  "ramblinscotsman-ferry-2025",
  "2025-08-24",
  "A foreign traveller left Baku by the ferry in August 2025: Azerbaijan lets one leave by land or sea, but enter only by plane",
);
const zarifa2022 = ref(
  "seanews-zarifa-aliyeva-kuryk-2022",
  "2022-05-06",
  "The ASCO Ro-Pax ferry 'Zarifa Aliyeva' reached Kuryk from Baku with 43 passengers, 38 trucks and 18 cars (May 2022)",
);
const silver2016 = ref(
  "twosilvercyclists-ferry-2016",
  "2016-09",
  "Not a scheduled ferry: travellers get spare space on a rail and truck shuttle; one calls the same day to learn whether a ship sails, and it leaves from Alat, 80 km from Baku",
);
const boris2019 = ref("electroboris-caspian-2019", "2019-07", "Waiting at Kuryk for the ferry to Baku: no timetable, departure and arrival times not known in advance");
const pandf2019 = ref(
  "pandf-caspian-2019",
  "2019-05-13",
  "Baku to Turkmenbashi: freight ships with no timetable that leave when full; a Turkmen visa (transit or tourist, the latter with a fixed start day) is needed",
);
const nca2023 = ref(
  "nca-turkmenbashi-ferries-2023-06-19",
  "2023-06-19",
  "The Turkmen Ro-Pax ferries 'Berkarar' and 'Bagtyyar' and Azerbaijani rail ferries ply Turkmenbashi – Baku; 70 Turkmen ferry voyages in January–May 2023; the terminal can serve 300,000 passengers and 75,000 vehicles a year",
);
const berkarar2015 = ref(
  "report-az-berkarar-2015",
  "2015-01-15",
  "The Turkmen Ro-Pax 'Berkarar' carries passengers, trucks and other vehicles (200 passengers, 53 trucks); on its first call at Baku it brought 47 trucks and 8 passengers",
);
const trucks2022 = ref("nca-2022-11-04", "2022-11-04", "From 7 Nov 2022 foreign truck drivers may enter and leave Turkmenistan through the Turkmenbashi seaport");

const noTimetable = 'Mo-Su unknown "no timetable: ships sail when loaded (travellers, 2016-2019)"';
const alat = { en: "Alat (Port of Baku)", ru: "Алят (Бакинский порт)" };
const alatNote = "Entering Azerbaijan here: the State Border Service said in January 2025 that foreigners must enter Azerbaijan by air; leaving is not restricted.";

export const ferries: CrossingBaselineInput[] = [
  {
    slug: "kuryk-alat-ferry",
    name: { en: "Kuryk – Alat (ferry)", ru: "Курык – Алят (паром)" },
    searchNames: {
      names: ["Caspian ferry", "Каспийский паром", "Baku – Aktau ferry", "Паром Баку – Актау", "Port of Baku", "Бакинский порт"],
      towns: [
        ["Kuryk", "Aktau", "Актау"],
        ["Alat", "Baku", "Баку"],
      ],
    },
    sides: [
      side("KZ", "Asia/Aqtau", { en: "Kuryk (seaport)", ru: "Курык (морской порт)" }, [asco2025Kuryk, zarifa2022], { value: noTimetable, sources: [boris2019, silver2016] }),
      side("AZ", "Asia/Baku", alat, [asco2025Kuryk, silver2016], { value: noTimetable, sources: [silver2016, boris2019] }, alatNote),
    ],
    operation: { value: "operating", sources: [asco2025Kuryk, zarifa2022] },
    traffic: {
      value: { modes: ["pedestrian", "car", "truck"], who: "unknown" },
      sources: [zarifa2022, asco2025Kuryk, sbs2025, quarantine2026, ramblin2025, chaikhana2023],
    },
    roadNotes: {
      value:
        "A cargo ferry with room for passengers, not a scheduled service: ships sail from Alat, south of Baku, when loaded, and one asks on the day. Foreigners may leave Azerbaijan this way; Azerbaijan admits them only by air (January 2025).",
      sources: [silver2016, boris2019, sbs2025, ramblin2025],
    },
  },
  {
    slug: "turkmenbashi-alat-ferry",
    name: { en: "Turkmenbashi – Alat (ferry)", ru: "Туркменбаши – Алят (паром)" },
    searchNames: {
      names: ["Caspian ferry", "Каспийский паром", "Baku – Turkmenbashi ferry", "Паром Баку – Туркменбаши", "Turkmenbashy", "Port of Baku", "Бакинский порт"],
      towns: [
        ["Turkmenbashi", "Туркменбаши"],
        ["Alat", "Baku", "Баку"],
      ],
    },
    sides: [
      side("TM", "Asia/Ashgabat", { en: "Turkmenbashi (seaport)", ru: "Туркменбаши (морской порт)" }, [nca2023, asco2025Tm], { value: noTimetable, sources: [pandf2019] }),
      side("AZ", "Asia/Baku", alat, [asco2025Tm, nca2023], { value: noTimetable, sources: [pandf2019] }, alatNote),
    ],
    operation: { value: "operating", sources: [asco2025Tm, nca2023] },
    traffic: {
      value: { modes: ["pedestrian", "car", "truck"], who: "unknown" },
      sources: [asco2025Tm, berkarar2015, nca2023, trucks2022, sbs2025, quarantine2026, chaikhana2023],
    },
    roadNotes: {
      value:
        "A cargo ferry with room for passengers and no timetable (travellers, 2019); Turkmen Ro-Pax ferries and Azerbaijani rail ferries ply the line (2023). Entering Turkmenistan needs a Turkmen visa (travellers, 2019); Azerbaijan admits foreigners only by air (January 2025).",
      sources: [pandf2019, nca2023, sbs2025],
    },
  },
];
