/**
 * Issue 18's simulator (docs/trust.md, "The simulator"): honest travellers and adversaries at a
 * few seeded crossings for some weeks, the engine and three baselines sampled every 5 minutes,
 * a table of how well each shows the truth and the goals met or not. Pure and deterministic
 * by the seed; scripts/simulate.ts prints it.
 */
import type { CrossingBaseline } from "@/lib/baseline/schema";
import type { SourceStandings } from "@/lib/baseline/standing";
import { accuracyOf, closureFloorsOf, detectionsOf, falseFlipsOf, quantile, SAMPLE_MS, type FloorRule } from "@/lib/trust/simulate/metrics";
import { engineShows, latestShows, majorityShows, methodLabel, methods, sortedBySubmission, windowAt, type Method } from "@/lib/trust/simulate/methods";
import {
  adversaryReports,
  honestPool,
  honestReports,
  MINUTE,
  scenarioLabel,
  scenarios,
  worldOf,
  type Code,
  type CrossingWorld,
  type Scenario,
  type SimConfig,
  type SimReport,
} from "@/lib/trust/simulate/model";

export interface Detection {
  count: number;
  median: number | null;
  p90: number | null;
  undetected: number;
}

export interface Row {
  scenario: Scenario;
  method: Method;
  scoredMinutes: number;
  accuracy: number;
  closure: Detection;
  reopening: Detection;
  /** Against the honest-only twin; null for the honest-only run itself. */
  falseFlips: { episodes: number; minutes: number } | null;
}

export interface Goal {
  goal: string;
  met: boolean;
  detail: string;
}

export interface SimResult {
  config: SimConfig;
  worlds: { slug: string; closures: number; reopenings: number; honestReports: number }[];
  rows: Row[];
  goals: Goal[];
  /** Honest only: how soon a rule waiting for a given report could show the closures at best (closureFloorsOf). */
  floors: Record<FloorRule, Detection>;
}

/** Every method's shown state at every sample of one crossing, for one set of reports. */
export function sampleAll(world: CrossingWorld, standings: SourceStandings, reports: readonly SimReport[]): { shown: Record<Method, Uint8Array>; hasReports: Uint8Array } {
  const samples = Math.ceil((world.minutes * MINUTE) / SAMPLE_MS);
  const shown = Object.fromEntries(methods.map((m) => [m, new Uint8Array(samples)])) as Record<Method, Uint8Array>;
  const hasReports = new Uint8Array(samples);
  const sorted = sortedBySubmission(reports);
  for (let i = 0; i < samples; i++) {
    const time = world.start + i * SAMPLE_MS;
    const schedule = world.schedule[(i * SAMPLE_MS) / MINUTE]! as Code;
    const window = windowAt(sorted, time);
    hasReports[i] = window.length ? 1 : 0;
    shown.engine[i] = engineShows(world, standings, sorted, window, time);
    shown.schedule[i] = schedule;
    shown.latest[i] = latestShows(sorted, window, schedule);
    shown.majority[i] = majorityShows(sorted, window, time, schedule);
  }
  return { shown, hasReports };
}

const detection = (minutes: number[], undetected: number): Detection => ({ count: minutes.length, median: quantile(minutes, 0.5), p90: quantile(minutes, 0.9), undetected });

export function simulate(config: SimConfig, baselines: readonly CrossingBaseline[], standings: SourceStandings): SimResult {
  const pool = honestPool(config.seed);
  const acc = new Map<
    string,
    { scored: number; correct: number; closure: number[]; closureMissed: number; reopening: number[]; reopeningMissed: number; episodes: number; flipMinutes: number }
  >();
  const key = (s: Scenario, m: Method) => `${s}|${m}`;
  for (const s of scenarios)
    for (const m of methods) acc.set(key(s, m), { scored: 0, correct: 0, closure: [], closureMissed: 0, reopening: [], reopeningMissed: 0, episodes: 0, flipMinutes: 0 });
  const worlds: SimResult["worlds"] = [];
  const floorMinutes: Record<FloorRule, { minutes: number[]; undetected: number }> = {
    any: { minutes: [], undetected: 0 },
    deciding: { minutes: [], undetected: 0 },
  };
  for (const slug of config.crossings) {
    const baseline = baselines.find((b) => b.slug === slug);
    if (!baseline) throw new Error(`no seeded crossing ${slug}`);
    const world = worldOf(config, slug, baseline, standings);
    const honest = honestReports(world, pool, config.seed);
    worlds.push({
      slug,
      closures: world.events.filter((e) => e.kind === "closure").length,
      reopenings: world.events.filter((e) => e.kind === "reopening").length,
      honestReports: honest.length,
    });
    for (const [rule, floor] of Object.entries(closureFloorsOf(world, honest)) as [FloorRule, { minutes: number[]; undetected: number }][]) {
      floorMinutes[rule].minutes.push(...floor.minutes);
      floorMinutes[rule].undetected += floor.undetected;
    }
    let twin: Record<Method, Uint8Array> | null = null;
    for (const scenario of scenarios) {
      const { shown, hasReports } = sampleAll(world, standings, adversaryReports(world, honest, scenario, config.seed));
      if (scenario === "honest") twin = shown;
      for (const method of methods) {
        const a = acc.get(key(scenario, method))!;
        const { scored, correct } = accuracyOf(world, shown[method], hasReports);
        a.scored += scored;
        a.correct += correct;
        const closures = detectionsOf(world, shown[method], "closure");
        a.closure.push(...closures.minutes);
        a.closureMissed += closures.undetected;
        const reopenings = detectionsOf(world, shown[method], "reopening");
        a.reopening.push(...reopenings.minutes);
        a.reopeningMissed += reopenings.undetected;
        const flips = falseFlipsOf(world, twin![method], shown[method]);
        a.episodes += flips.episodes;
        a.flipMinutes += flips.minutes;
      }
    }
  }
  const rows: Row[] = [];
  for (const scenario of scenarios)
    for (const method of methods) {
      const a = acc.get(key(scenario, method))!;
      rows.push({
        scenario,
        method,
        scoredMinutes: a.scored,
        accuracy: a.scored ? a.correct / a.scored : 0,
        closure: detection(a.closure, a.closureMissed),
        reopening: detection(a.reopening, a.reopeningMissed),
        falseFlips: scenario === "honest" ? null : { episodes: a.episodes, minutes: a.flipMinutes },
      });
    }
  const floors = Object.fromEntries(Object.entries(floorMinutes).map(([rule, f]) => [rule, detection(f.minutes, f.undetected)])) as Record<FloorRule, Detection>;
  return { config, worlds, rows, goals: goalsOf(rows), floors };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function goalsOf(rows: readonly Row[]): Goal[] {
  const row = (s: Scenario, m: Method) => rows.find((r) => r.scenario === s && r.method === m)!;
  const flips = (s: Scenario) => row(s, "engine").falseFlips!;
  const fresh: Scenario[] = ["fresh1", "fresh2", "fresh3"];
  const honest = row("honest", "engine");
  const goals: Goal[] = [
    {
      goal: "0 false flips from up to 3 fresh accounts",
      met: fresh.every((s) => flips(s).episodes === 0),
      detail: fresh.map((s) => `k=${s.slice(-1)}: ${flips(s).episodes} (${flips(s).minutes} min)`).join(", "),
    },
    {
      goal: "0 false flips from one address, any number of accounts",
      met: flips("burst").episodes === 0,
      detail: `20 accounts: ${flips("burst").episodes} (${flips("burst").minutes} min)`,
    },
    {
      goal: "unannounced closure shown within 30 min median, 60 min p90 (honest, 2 reports/h)",
      met: honest.closure.median !== null && honest.closure.median <= 30 && honest.closure.p90 !== null && honest.closure.p90 <= 60,
      detail: `median ${honest.closure.median}, p90 ${honest.closure.p90}, ${honest.closure.undetected} of ${honest.closure.count} never shown`,
    },
  ];
  const worst = scenarios.map((s) => row(s, "engine")).sort((a, b) => a.accuracy - b.accuracy)[0]!;
  goals.push({
    goal: "accuracy ≥ 97% (honest only)",
    met: honest.accuracy >= 0.97,
    detail: `${pct(honest.accuracy)}; lowest over scenarios ${pct(worst.accuracy)} (${scenarioLabel[worst.scenario]})`,
  });
  const beaten: string[] = [];
  for (const s of scenarios)
    for (const m of methods)
      if (m !== "engine" && row(s, m).accuracy >= row(s, "engine").accuracy)
        beaten.push(`${methodLabel[m]} ${pct(row(s, m).accuracy)} ≥ ${pct(row(s, "engine").accuracy)} in ${scenarioLabel[s]}`);
  goals.push({ goal: "better than every baseline on accuracy (every scenario)", met: beaten.length === 0, detail: beaten.length ? beaten.join("; ") : "in all scenarios" });
  const faster: string[] = [];
  for (const s of scenarios)
    for (const m of methods) {
      if (m === "engine") continue;
      for (const kind of ["closure", "reopening"] as const) {
        const mine = row(s, "engine")[kind].median;
        const theirs = row(s, m)[kind].median;
        if (mine !== null && theirs !== null && mine - theirs > 10) faster.push(`${methodLabel[m]} ${kind} ${theirs} vs ${mine} min in ${scenarioLabel[s]}`);
      }
    }
  goals.push({ goal: "no baseline beats it by > 10 min on median detection (every scenario)", met: faster.length === 0, detail: faster.length ? faster.join("; ") : "none does" });
  return goals;
}

/** The printed table and goals. */
export function formatResult(result: SimResult): string {
  const { config } = result;
  const lines: string[] = [];
  lines.push(`Simulator, seed ${config.seed}: ${config.weeks} weeks from ${config.start.toISOString().slice(0, 10)}, sampled every ${SAMPLE_MS / MINUTE} min`);
  for (const w of result.worlds) lines.push(`  ${w.slug}: ${w.closures} unannounced closures, ${w.reopenings} reopenings, ${w.honestReports} honest reports`);
  lines.push("");
  const header = ["scenario", "method", "accuracy", "closure med/p90 (missed/n)", "reopening med/p90 (missed/n)", "false flips (min)"];
  const fmt = (d: Detection) => (d.count ? `${d.median}/${d.p90} (${d.undetected}/${d.count})` : "–");
  const body = result.rows.map((r) => [
    scenarioLabel[r.scenario],
    methodLabel[r.method],
    pct(r.accuracy),
    fmt(r.closure),
    fmt(r.reopening),
    r.falseFlips ? `${r.falseFlips.episodes} (${r.falseFlips.minutes})` : "–",
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((b) => b[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ");
  lines.push(line(header));
  lines.push(widths.map((w) => "-".repeat(w)).join("  "));
  body.forEach((cells, i) => {
    if (i > 0 && result.rows[i]!.scenario !== result.rows[i - 1]!.scenario) lines.push("");
    lines.push(line(cells));
  });
  lines.push("");
  lines.push("Goals");
  for (const g of result.goals) lines.push(`  [${g.met ? "met" : "NOT met"}] ${g.goal}: ${g.detail}`);
  lines.push("");
  lines.push('Closures at best (honest only): the first sample after the first "closed" from a traveller there during them, med/p90 (missed/n)');
  const floorLabel: Record<FloorRule, string> = {
    any: "from any account — a rule believing it flips for a single fresh account",
    deciding: "from an account that can decide alone — a rule believing one established traveller",
  };
  for (const rule of ["any", "deciding"] as const) lines.push(`  ${fmt(result.floors[rule]).padStart(14)}  ${floorLabel[rule]}`);
  return lines.join("\n");
}
