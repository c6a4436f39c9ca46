/** All baseline crossings, in the order they are seeded. */
import type { CrossingBaselineInput } from "@/lib/baseline/schema";
import { kgCn } from "./kg-cn";
import { kgKz } from "./kg-kz";
import { kgTj } from "./kg-tj";
import { kgUz } from "./kg-uz";
import { kzCn } from "./kz-cn";
import { kzRu } from "./kz-ru";
import { other } from "./other";
import { kzUz } from "./kz-uz";
import { kgKzMore } from "./kg-kz-more";
import { kgUzMore } from "./kg-uz-more";
import { kgTjMore } from "./kg-tj-more";
import { uzTj } from "./uz-tj";
import { uzTm } from "./uz-tm";
import { af } from "./af";
import { tmIr } from "./tm-ir";
import { kzTm } from "./kz-tm";
import { cnMore } from "./cn-more";
import { kzRuMore } from "./kz-ru-more";
import { ferries } from "./ferries";
import { railMore } from "./rail-more";

/**
 * The added crossings in order of how many travellers use them, as far as the notes tell
 * (docs/research/): major road crossings open to travellers, then rail, then local,
 * temporary, announced and closed ones. A crossing missing here fails the seed's tests.
 */
export const byTrafficOrder = [
  // Major road crossings
  "kaplanbek-navoi",
  "kara-suu-karasu",
  "ken-sai-uchkurgan",
  "alat-farap",
  "termez-hairatan",
  "panji-poyon-sher-khan-bandar",
  "jartepa-sarazm",
  "andarkhon-patar",
  "b-konysbaev-yallama",
  "tselinny-ok-oltin",
  "syrdarya-malik",
  "kyzyl-kiya",
  "kyzyl-bel",
  "serakhs-sarakhs",
  "gaudan-bajgiran",
  "temir-baba-garabogaz",
  "ken-bulun-aukhatty",
  "tokmok-sortobe",
  "kazygurt-s-najimov",
  "atameken",
  "serhetabat-torghundi",
  "shavat-dashoguz",
  "khojeyli-konye-urgench",
  "artyk-lotfabad",
  "imamnazar-aqina",
  "kairagach",
  "karamyk",
  // Kazakhstan – Russia multilateral road crossings (kz-ru-more.ts)
  "syrym-mashtakovo",
  "zhaisan-sagarchin",
  "kairak-bugristoye",
  "zhana-zhol-petukhovo",
  "kyzyl-zhar-kazanskoye",
  "aksai-ilek",
  "ube-mikhailovka",
  "urlyutobe-olkhovka",
  "sharbakty-kulunda",
  // Rail
  "saryagash-keles-rail",
  "oasis-karakalpakstan-rail",
  "kaindy-rail",
  "altynkol-khorgos-rail",
  "dostyk-alashankou-rail",
  "amuzang-khoshadi-rail",
  "bolashak-rail",
  "sariosiyo-tursunzoda-rail",
  "syrdarya-rail",
  "khojadavlet-farap-rail",
  "surkhanabad-rail",
  "akyayla-incheh-borun-rail",
  // Caspian ferries (no land border: cargo ferries with passenger room, entry into Azerbaijan by air only)
  "kuryk-alat-ferry",
  "turkmenbashi-alat-ferry",
  // Local, temporary, announced and closed
  "shagan-teploye",
  "karashatau-svetly",
  "ubagan-zverinogolovskoye",
  "bidaik-odesskoye",
  "zhanybek-vishnevka",
  "koyanbai",
  "baitanat",
  "kadamjay-vodil",
  "ak-kiya-shakhimardan",
  "chechme-chashma",
  "apkan",
  "baimak",
  "babatag-hisor",
  "qushkent",
  "uchturgan",
  "khavastabad",
  "bekabad-uz-tj",
  "pap",
  "ravat",
  "gulbahor",
  "qushtegirmon",
  "ruzvai-darvaz",
  "kaitpas",
  "akyayla-incheh-borun",
  "bedel",
  "tomonku-chui",
  "kichi-kapka",
  "bek-abad-khanabad",
  "kara-bagysh",
  "khorog-tem",
  "shamsiddin-shohin-bridge",
  "kokul-ai-khanum",
  "otukchu-tul",
  "ishkashim",
  "kulundu-ovchi-kalacha",
];

function byTraffic(crossings: CrossingBaselineInput[]): CrossingBaselineInput[] {
  const rank = (slug: string) => {
    const index = byTrafficOrder.indexOf(slug);
    return index === -1 ? byTrafficOrder.length : index;
  };
  return [...crossings].sort((a, b) => rank(a.slug) - rank(b.slug));
}

/** Ordered roughly by how many travellers use them: the original 32 first, then the added
 * ones — major road crossings, then rail, then local, announced and closed ones (docs/data.md). */
export const baselineCrossings: CrossingBaselineInput[] = [
  ...kgKz,
  ...kgUz,
  ...kgTj,
  ...kgCn,
  ...kzCn,
  ...kzRu,
  ...other,
  ...byTraffic([...kzUz, ...kgUzMore, ...kgKzMore, ...kgTjMore, ...uzTj, ...uzTm, ...af, ...tmIr, ...kzTm, ...cnMore, ...kzRuMore, ...railMore, ...ferries]),
];
