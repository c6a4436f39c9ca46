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

export const baselineCrossings: CrossingBaselineInput[] = [...kgKz, ...kgUz, ...kgTj, ...kgCn, ...kzCn, ...kzRu, ...other, ...kzUz, ...kgUzMore, ...kgKzMore, ...kgTjMore];
