import { validatedSeed } from "@/db/seed/seed";
import { sources } from "@/db/seed/sources";
import { listFacts } from "@/lib/baseline/facts";
import { resolveClaims, standingRank, type Standing } from "@/lib/baseline/standing";
const standingOf = Object.fromEntries(sources.map((s) => [s.key, s.standing]));
const byKind = new Map<string, number>(); const ex = new Map<string,string[]>();
for (const b of validatedSeed().baselines) for (const f of listFacts(b)) {
  const inForce = resolveClaims(f.fact, standingOf).current.flatMap((c) => c.sources);
  const best = inForce.map((r) => standingOf[r.source] ?? "editorial").reduce((a, c) => (standingRank[c as Standing] > standingRank[a as Standing] ? c : a), "editorial");
  if (standingRank[best as Standing] <= standingRank.directory) { const k = `${(f as any).path ?? (f as any).label ?? JSON.stringify(Object.keys(f))}|${best}`; byKind.set(k,(byKind.get(k)??0)+1); if(!ex.has(k)) ex.set(k,[]); ex.get(k)!.push(b.slug+": "+JSON.stringify(resolveClaims(f.fact, standingOf).current.map(c=>c.value)).slice(0,80)); }
}
for (const [k,n] of [...byKind].sort((a,b)=>b[1]-a[1])) console.log(n, k, ex.get(k)!.slice(0,3).join(" || "));
