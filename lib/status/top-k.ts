/**
 * The k heaviest of a stream of entries, kept while the stream passes (a bounded heap), for
 * the reports a status names (report-tally.ts): one comparison for most entries, no sort of
 * all of them, no comparator callback per pair of the whole list.
 *
 * Entries are positions into a weights array. The order is total: heavier first; equal weights
 * by `tieBreak` (negative when the first of the two comes first), so the answer never depends
 * on the order the entries arrive in.
 */
export class TopK {
  private readonly heap: Int32Array;
  private size = 0;
  private weights: Float64Array = new Float64Array(0);
  private tieBreak: (a: number, b: number) => number = (a, b) => a - b;

  constructor(private readonly k: number) {
    this.heap = new Int32Array(Math.max(1, k));
  }

  /** Empties it for a new stream over `weights`. */
  reset(weights: Float64Array, tieBreak: (a: number, b: number) => number): this {
    this.size = 0;
    this.weights = weights;
    this.tieBreak = tieBreak;
    return this;
  }

  /** Whether entry a comes after entry b (lighter, or equal and after by the tie-break). */
  private after(a: number, b: number): boolean {
    const wa = this.weights[a]!;
    const wb = this.weights[b]!;
    return wa < wb || (wa === wb && this.tieBreak(a, b) > 0);
  }

  offer(position: number): void {
    const heap = this.heap;
    if (this.size < this.k) {
      // Sift up: the heap's top is the entry that comes last.
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.after(position, heap[parent]!)) break;
        heap[i] = heap[parent]!;
        i = parent;
      }
      heap[i] = position;
      return;
    }
    if (this.k === 0 || !this.after(heap[0]!, position)) return;
    this.siftDown(position, this.size);
  }

  private siftDown(position: number, size: number): void {
    const heap = this.heap;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.after(heap[right]!, heap[left]!) ? right : left;
      if (!this.after(heap[child]!, position)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = position;
  }

  /** The kept entries, first (heaviest) first; empties it. */
  drain(): number[] {
    const out = new Array<number>(this.size);
    while (this.size > 0) {
      const top = this.heap[0]!;
      const last = this.heap[--this.size]!;
      if (this.size > 0) this.siftDown(last, this.size);
      out[this.size] = top;
    }
    return out;
  }
}

/** The first `k` entries of several lists each in TopK's order (heaviest first), in that order. */
export function mergeFirst(lists: number[][], k: number, weights: Float64Array, tieBreak: (a: number, b: number) => number): number[] {
  const next = lists.map(() => 0);
  const out: number[] = [];
  while (out.length < k) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (next[l]! >= lists[l]!.length) continue;
      if (best === -1) {
        best = l;
        continue;
      }
      const a = lists[l]![next[l]!]!;
      const b = lists[best]![next[best]!]!;
      if (weights[a]! > weights[b]! || (weights[a] === weights[b] && tieBreak(a, b) < 0)) best = l;
    }
    if (best === -1) break;
    out.push(lists[best]![next[best]!++]!);
  }
  return out;
}
