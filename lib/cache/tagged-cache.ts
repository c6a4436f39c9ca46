/**
 * An in-process cache of computed values, each with tags, a lifetime and an optional
 * expiry instant of its own (a status never outlives the crossing's next scheduled change).
 *
 * - Concurrent misses for one key share one load (under load, a cold entry is computed once).
 * - Invalidating a tag drops its entries at once; a load that started before the invalidation
 *   is not stored (its data may predate the write), though its caller still gets it.
 * - Other app instances learn of invalidations through the database (db/cache-bus.ts).
 */
export interface CacheOptions<T> {
  tags: string[];
  /** Longest life of an entry. */
  ttlMs: number;
  /** An instant the value must not outlive, computed from the value (e.g. its next change). */
  expiresAt?: (value: T) => Date | null;
}

interface Entry {
  value: unknown;
  tags: string[];
  expiresAt: number;
}

export class TaggedCache {
  private entries = new Map<string, Entry>();
  private inflight = new Map<string, { promise: Promise<unknown>; tags: string[] }>();
  private generations = new Map<string, number>();
  private epoch = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 5000,
  ) {}

  async get<T>(key: string, options: CacheOptions<T>, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      this.hits++;
      return entry.value as T;
    }
    const pending = this.inflight.get(key);
    if (pending) {
      this.hits++;
      return pending.promise as Promise<T>;
    }
    this.misses++;
    const epoch = this.epoch;
    const before = options.tags.map((tag) => this.generations.get(tag) ?? 0);
    const started = this.now();
    const promise = load().then(
      (value) => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
        const unchanged = epoch === this.epoch && options.tags.every((tag, index) => (this.generations.get(tag) ?? 0) === before[index]);
        const limit = options.expiresAt?.(value)?.getTime() ?? Number.POSITIVE_INFINITY;
        const expiresAt = Math.min(started + options.ttlMs, limit);
        if (unchanged && expiresAt > this.now()) {
          if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
          this.entries.set(key, { value, tags: options.tags, expiresAt });
        }
        return value;
      },
      (error: unknown) => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
        throw error;
      },
    );
    this.inflight.set(key, { promise, tags: options.tags });
    return promise;
  }

  invalidate(tags: string[]): void {
    const set = new Set(tags);
    for (const tag of set) this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => set.has(tag))) this.entries.delete(key);
    // A load in flight when its tags changed may carry old data: later callers must not share it.
    for (const [key, pending] of this.inflight) if (pending.tags.some((tag) => set.has(tag))) this.inflight.delete(key);
  }

  /** Drops everything (e.g. when invalidations from other instances may have been missed). */
  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.inflight.clear();
  }

  /** The earliest expiry among live entries whose key starts with `prefix` (ms), or null. */
  earliestExpiry(prefix: string): number | null {
    const now = this.now();
    let earliest: number | null = null;
    for (const [key, entry] of this.entries) {
      if (key.startsWith(prefix) && entry.expiresAt > now && (earliest === null || entry.expiresAt < earliest)) earliest = entry.expiresAt;
    }
    return earliest;
  }

  get size(): number {
    return this.entries.size;
  }
}
