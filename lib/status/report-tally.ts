/**
 * Step 3's arithmetic (lib/status/evaluate.ts): the reports that count at an instant, within
 * its stretch of the timeline, the total weight per state, the freshness, the recent waits per
 * direction, and the heaviest reports behind each state — in one pass over the reports, without
 * allocating per report (a thousand reports per evaluation is the bench's case).
 *
 * Only the heaviest REPORTS_NAMED reports are named (`counted`, and each reason's `reportIds`):
 * a reason resting on a thousand reports says so by its count, and lists the fifty that weigh
 * most. Those are kept during the pass (a bounded heap per state), not found by sorting.
 */
import { mergeFirst, TopK } from "@/lib/status/top-k";
import { recentWaits, type RecentWaits } from "@/lib/status/wait-estimate";
import { REPORT_WINDOW_AFTER_MS, REPORT_WINDOW_BEFORE_MS, voiceOf, weightAtAge } from "@/lib/status/report-weight";
import type { ReportTally } from "@/lib/status/reason-message";
import type { ReportInput, Status, StatusInput, StatusState } from "@/lib/status/types";

/** A report about another mode of travel counts this much when a mode is asked for. */
export const OTHER_MODE_FACTOR = 0.5;
/** How many reports a status names, heaviest first (the rest are counted, not listed). */
export const REPORTS_NAMED = 50;

const SEEN = ["open", "closed", "restricted"] as const;

/** Report ids in order; positions for equal ids (which the data never has), so the sort is consistent. */
function compareIds(a: string, b: string, positionA: number, positionB: number): number {
  return a < b ? -1 : a > b ? 1 : positionA - positionB;
}

/** Scratch arrays, grown as needed and reused: only ever read within one synchronous call, so
 * no answer can depend on what a previous call left in them. */
const scratch = {
  size: 0,
  weights: new Float64Array(0),
  times: new Float64Array(0),
  which: new Int32Array(0),
  seen: new Uint8Array(0),
  pending: new Uint8Array(0),
  waitsA: new Float64Array(0),
  waitsB: new Float64Array(0),
  unconfirmedWaitsA: new Float64Array(0),
  unconfirmedWaitsB: new Float64Array(0),
};
function scratchFor(n: number) {
  if (scratch.size < n) {
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(n)));
    Object.assign(scratch, {
      size,
      weights: new Float64Array(size),
      times: new Float64Array(size),
      which: new Int32Array(size),
      seen: new Uint8Array(size),
      pending: new Uint8Array(size),
      waitsA: new Float64Array(size),
      waitsB: new Float64Array(size),
      unconfirmedWaitsA: new Float64Array(size),
      unconfirmedWaitsB: new Float64Array(size),
    });
  }
  return scratch;
}

/** One per state, reused (see the scratch arrays). */
const tops = [new TopK(REPORTS_NAMED), new TopK(REPORTS_NAMED), new TopK(REPORTS_NAMED)];

/**
 * A report is superseded when a report of another state that counts, from a reporter who can
 * decide alone, was observed more than SUPERSEDE_AFTER_MS after it: the gate closed (or
 * opened) since. It still counts, a tenth: fifteen "open" an hour old against two fresh
 * "closed" is a conflict to show; three "open" an hour old against two fresh "closed" is a
 * closure. A state two voices established is superseded only by one with two voices.
 */
export const SUPERSEDE_AFTER_MS = 15 * 60_000;
export const SUPERSEDED_FACTOR = 0.1;

/** An unconfirmed report is corroborated by a report that can decide alone, of the same state,
 * observed within this of it (as a record's "corroborated", lib/trust/standing.ts). */
export const CORROBORATE_WITHIN_MS = 2 * 3600_000;

/** Whether a sorted list of times has one within CORROBORATE_WITHIN_MS of `time`. */
function corroboratedAt(sorted: readonly number[], time: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < time - CORROBORATE_WITHIN_MS) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= time + CORROBORATE_WITHIN_MS;
}

/** Whether two reports come from two voices: apart in account and in address (a report whose
 * author and address are both unknown is a voice of its own). */
function apart(a: ReportInput, b: ReportInput): boolean {
  if (a.author == null && a.address == null) return true;
  if (b.author == null && b.address == null) return true;
  return (a.author == null || b.author == null || a.author !== b.author) && (a.address == null || b.address == null || a.address !== b.address);
}

/** What the pass over the reports finds per state among those that can decide alone: how many,
 * whether one is verified, and the newest (equal times: the smaller id), by position. */
interface FirstPass {
  deciding: Int32Array;
  verified: Uint8Array;
  anchor: Int32Array;
}

/**
 * Per state, 2 when two reports that can decide alone, from two voices, were observed within
 * CORROBORATE_WITHIN_MS of each other — any two, not only the newest and another — or one
 * was verified; else 1 or 0. Order-independent: the answer is the same whatever order the
 * reports arrive in. Usually settled by the state's newest report (equal times: the smaller id)
 * and one other; only when that fails are the state's reports sorted and every pair in reach
 * tried.
 */
function twoVoices(reports: ReportInput[], n: number, tieBreak: (a: number, b: number) => number, firstPass: FirstPass): Uint8Array {
  const { times, which, pending } = scratch;
  const state = scratch.seen;
  const { anchor, deciding } = firstPass;
  const voices = new Uint8Array(3);
  for (let seen = 0; seen < 3; seen++) if (firstPass.verified[seen]) voices[seen] = 2;
  for (let seen = 0; seen < 3; seen++) if (voices[seen] === 0 && deciding[seen]! > 0) voices[seen] = 1;
  for (let p = 0; p < n; p++) {
    const seen = state[p]!;
    const a = anchor[seen]!;
    if (pending[p] !== 0 || voices[seen] === 2 || p === a || times[a]! - times[p]! > CORROBORATE_WITHIN_MS) continue;
    if (apart(reports[which[a]!]!, reports[which[p]!]!)) voices[seen] = 2;
  }
  for (let seen = 0; seen < 3; seen++) {
    if (voices[seen] === 2 || deciding[seen]! < 3) continue;
    const positions: number[] = [];
    for (let p = 0; p < n; p++) if (pending[p] === 0 && state[p] === seen) positions.push(p);
    positions.sort((a, b) => times[a]! - times[b]! || tieBreak(a, b));
    search: for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length && times[positions[j]!]! - times[positions[i]!]! <= CORROBORATE_WITHIN_MS; j++) {
        if (apart(reports[which[positions[i]!]!]!, reports[which[positions[j]!]!]!)) {
          voices[seen] = 2;
          break search;
        }
      }
    }
  }
  return voices;
}

/**
 * Step 3's arithmetic in one pass over the reports, and one over those that count.
 *
 * Unconfirmed reports (from a new or doubted reporter, not verified: lib/trust/standing.ts)
 * are kept apart: a state they report counts them only when a report that can decide alone
 * says the same (corroborated), or when nothing else speaks (`scheduleSpeaks` false and no
 * other report in the stretch). Otherwise they are only described (`unconfirmed`).
 *
 * Against a schedule (or notice) that speaks, a state needs two voices: reports of it from two
 * reporters who differ in account and in address (or one a moderator verified). One traveller
 * saying "closed" at a crossing its hours keep open is shown (`awaiting`) but does not turn it
 * closed, nor make a conflict: a wrong button, a misread sign, a stale memory are each more
 * likely than an unannounced closure, and a second report settles it.
 */
export function tallyReports(reports: ReportInput[], instant: Date, stretch: { start: number; end: number }, mode: StatusInput["mode"], schedule: StatusState = "unknown") {
  const scheduleSpeaks = schedule !== "unknown";
  const time = instant.getTime();
  const latestCounted = time + REPORT_WINDOW_AFTER_MS;
  const { weights, times, which, pending, waitsA, waitsB, unconfirmedWaitsA, unconfirmedWaitsB } = scratchFor(reports.length);
  const state = scratch.seen;
  const totals = new Float64Array(3);
  const countBySeen = new Int32Array(3);
  const newestBySeen = new Float64Array(3).fill(-Infinity);
  const pendingCount = new Int32Array(3);
  // The newest report per state from a reporter who can decide alone (for supersession).
  const newestDeciding = new Float64Array(3).fill(-Infinity);
  let n = 0;
  let newestVisible: number | null = null;
  // Recent waits per direction, for the wait estimate (the same window, any stretch); those of
  // unconfirmed reports apart (recentWaits below).
  let countA = 0;
  let countB = 0;
  let unconfirmedA = 0;
  let unconfirmedB = 0;
  // The newest wait of each kind per direction: [a-b confirmed, a-b unconfirmed, b-a confirmed, b-a unconfirmed].
  const newestWait = new Float64Array(4).fill(-Infinity);
  const tieBreak = (a: number, b: number) => compareIds(reports[which[a]!]!.id, reports[which[b]!]!.id, a, b);
  const firstPass: FirstPass = { deciding: new Int32Array(3), verified: new Uint8Array(3), anchor: new Int32Array(3).fill(-1) };
  for (const top of tops) top.reset(weights, tieBreak);
  for (let i = 0; i < reports.length; i++) {
    const report = reports[i]!;
    if (report.hidden) continue;
    const observed = report.observedAt.getTime();
    if (observed <= latestCounted && (newestVisible === null || observed > newestVisible)) newestVisible = observed;
    const age = time - observed;
    if (age > REPORT_WINDOW_BEFORE_MS || age < -REPORT_WINDOW_AFTER_MS) continue;
    const voice = voiceOf(report);
    // An echo's wait is one more account's word from an address that already spoke: not a wait.
    if (report.waitMinutes !== null && voice !== "echo" && (!mode || report.mode === mode)) {
      const unconfirmedWait = voice === "unconfirmed";
      if (unconfirmedWait) {
        if (report.direction === "a-b") unconfirmedWaitsA[unconfirmedA++] = report.waitMinutes;
        else unconfirmedWaitsB[unconfirmedB++] = report.waitMinutes;
      } else if (report.direction === "a-b") waitsA[countA++] = report.waitMinutes;
      else waitsB[countB++] = report.waitMinutes;
      const kind = (report.direction === "a-b" ? 0 : 2) + (unconfirmedWait ? 1 : 0);
      if (observed > newestWait[kind]!) newestWait[kind] = observed;
    }
    if (observed < stretch.start || observed >= stretch.end) continue;
    let weight = weightAtAge(report, age);
    if (weight > 0 && mode && report.mode !== mode) weight *= OTHER_MODE_FACTOR;
    if (!(weight > 0)) continue;
    const seen = report.seen === "open" ? 0 : report.seen === "closed" ? 1 : 2;
    weights[n] = weight;
    times[n] = observed;
    state[n] = seen;
    which[n] = i;
    // 0: can decide alone (a verified report always); 1: unconfirmed; 3: an echo (one more
    // account from an address that already speaks: shown, never counted).
    pending[n] = voice === "echo" ? 3 : voice === "unconfirmed" ? 1 : 0;
    if (voice === "decides") {
      firstPass.deciding[seen]!++;
      if (report.verified) firstPass.verified[seen] = 1;
      const a = firstPass.anchor[seen]!;
      if (a === -1 || observed > times[a]! || (observed === times[a] && tieBreak(n, a) < 0)) firstPass.anchor[seen] = n;
    }
    n++;
  }
  // Which states count: the schedule's own (or any, when it says nothing), and a state against
  // it only with two voices.
  const voices = twoVoices(reports, n, tieBreak, firstPass);
  const scheduleSeen = schedule === "open" ? 0 : schedule === "closed" ? 1 : schedule === "restricted" ? 2 : -1;
  const counts = [0, 1, 2].map((seen) => scheduleSeen < 0 || seen === scheduleSeen || voices[seen]! >= 2);
  for (let seen = 0; seen < 3; seen++) if (counts[seen] && firstPass.anchor[seen]! >= 0) newestDeciding[seen] = times[firstPass.anchor[seen]!]!;
  // Supersession, then the totals of the reports that can decide alone. Only a state that counts
  // supersedes; a state two voices established, only a state with two voices of its own (one
  // "open" must not end a closure two travellers confirmed). Per state, the newest report of
  // another state that may supersede it:
  const newestOther = new Float64Array(3).fill(-Infinity);
  for (let seen = 0; seen < 3; seen++) {
    for (let other = 0; other < 3; other++) {
      if (other === seen || (voices[seen]! >= 2 && voices[other]! < 2)) continue;
      if (newestDeciding[other]! > newestOther[seen]!) newestOther[seen] = newestDeciding[other]!;
    }
  }
  for (let p = 0; p < n; p++) {
    const seen = state[p]!;
    if (newestOther[seen]! - times[p]! > SUPERSEDE_AFTER_MS) weights[p]! *= SUPERSEDED_FACTOR;
    if (pending[p]) {
      pendingCount[seen]!++;
      continue;
    }
    totals[seen]! += weights[p]!;
    countBySeen[seen]!++;
    if (times[p]! > newestBySeen[seen]!) newestBySeen[seen] = times[p]!;
    tops[seen]!.offer(p);
  }
  // Unconfirmed reports count where corroborated — a report that can decide alone says the
  // same, observed within CORROBORATE_WITHIN_MS of it — or everywhere when nothing else speaks.
  const nothingElse = !scheduleSpeaks && totals[0]! + totals[1]! + totals[2]! === 0;
  const deciding: number[][] = [[], [], []];
  const anyPending = pendingCount[0]! + pendingCount[1]! + pendingCount[2]! > 0;
  if (anyPending && !nothingElse) for (let p = 0; p < n; p++) if (!pending[p]) deciding[state[p]!]!.push(times[p]!);
  for (const list of deciding) list.sort((a, b) => a - b);
  const remainingNewest = new Float64Array(3).fill(-Infinity);
  for (let p = 0; p < n; p++) {
    if (!pending[p]) continue;
    const seen = state[p]!;
    if (pending[p] === 1 && (nothingElse || corroboratedAt(deciding[seen]!, times[p]!))) {
      pending[p] = 2;
      // Corroborated, it is counted with the report it agrees with, but its weight does not
      // decide between states: an honest slip of one reporter must not become a closure (or a
      // conflict) because fresh accounts echo it. When nothing else speaks, it decides.
      if (nothingElse) totals[seen]! += weights[p]!;
      countBySeen[seen]!++;
      if (times[p]! > newestBySeen[seen]!) newestBySeen[seen] = times[p]!;
      pendingCount[seen]!--;
      tops[seen]!.offer(p);
    } else if (times[p]! > remainingNewest[seen]!) remainingNewest[seen] = times[p]!;
  }
  // Each state's heaviest, and the heaviest of all among them.
  const bySeen = tops.map((top) => top.drain());
  const awaiting: { tally: ReportTally; ids: string[] }[] = [];
  if (scheduleSeen >= 0) {
    for (let seen = 0; seen < 3; seen++) {
      if (counts[seen] || totals[seen] === 0) continue;
      awaiting.push({
        tally: { count: countBySeen[seen]!, seen: SEEN[seen]!, newestAgoMs: Math.max(0, time - newestBySeen[seen]!) },
        ids: bySeen[seen]!.map((p) => reports[which[p]!]!.id),
      });
      totals[seen] = 0;
      bySeen[seen] = [];
    }
  }
  const idsBySeen = bySeen.map((positions) => positions.map((p) => reports[which[p]!]!.id));
  const counted: Status["counted"] = mergeFirst(bySeen, REPORTS_NAMED, weights, tieBreak).map((p) => ({ id: reports[which[p]!]!.id, seen: SEEN[state[p]!]!, weight: weights[p]! }));
  const ranked = [0, 1, 2]
    .filter((seen) => totals[seen]! > 0)
    .map((seen) => ({ seen: SEEN[seen]!, weight: totals[seen]! }))
    .sort((a, b) => b.weight - a.weight || (a.seen < b.seen ? -1 : 1));
  // What unconfirmed reports say that did not count: their tallies, newest first.
  const unconfirmed: { tally: ReportTally; ids: string[] }[] = [];
  for (let seen = 0; seen < 3; seen++) {
    if (pendingCount[seen] === 0) continue;
    // Newest first (equal times by id), so the list does not depend on the order rows arrive in.
    const positions: number[] = [];
    for (let p = 0; p < n; p++) if ((pending[p] === 1 || pending[p] === 3) && state[p] === seen) positions.push(p);
    positions.sort((a, b) => times[b]! - times[a]! || tieBreak(a, b));
    const ids = positions.slice(0, REPORTS_NAMED).map((p) => reports[which[p]!]!.id);
    unconfirmed.push({ tally: { count: pendingCount[seen]!, seen: SEEN[seen]!, newestAgoMs: Math.max(0, time - remainingNewest[seen]!) }, ids });
  }
  unconfirmed.sort((a, b) => a.tally.newestAgoMs - b.tally.newestAgoMs);
  return {
    counted,
    ranked,
    total: totals[0]! + totals[1]! + totals[2]!,
    newestVisible,
    unconfirmed,
    awaiting,
    recentWaits: [
      recentWaits(waitsA.subarray(0, countA), unconfirmedWaitsA.subarray(0, unconfirmedA), newestWait[0], newestWait[1]),
      recentWaits(waitsB.subarray(0, countB), unconfirmedWaitsB.subarray(0, unconfirmedB), newestWait[2], newestWait[3]),
    ] as [RecentWaits, RecentWaits],
    /** A state's tally: how many reports, the newest, and the heaviest of them by id. */
    describe(seen: ReportInput["seen"]) {
      const index = SEEN.indexOf(seen);
      return { ids: idsBySeen[index]!, tally: { count: countBySeen[index]!, seen, newestAgoMs: Math.max(0, time - newestBySeen[index]!) } };
    },
  };
}
