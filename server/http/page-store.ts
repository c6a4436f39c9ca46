/**
 * The page cache's memory: rendered pages for anonymous readers, bounded by bytes (least
 * recently used out first), each with tags and an expiry, and dropped by tag when the app
 * writes.
 *
 * Invalidation is per crossing: a report at Irkeshtam drops Irkeshtam's pages (`slug:…`) and
 * those that show every crossing (`list`: the list, the map, the crossings JSON), not the
 * other crossings' pages. Bursts are debounced per tag: the first write drops at once (a new
 * report shows on the next request); later writes within `debounceMs` are applied together at
 * the end of that window, so one account voting as fast as it can costs each page at most a
 * couple of renders per window instead of one per vote. A user's own tag (`user:<id>`, on
 * their own pages only) drops at once every time: whoever acted sees their change on the next
 * request, and only their own pages pay for it.
 *
 * A page rendered while an invalidation of its tags happened is not stored (it may predate the
 * write): `snapshot()` before the render, `put(…, snapshot)` after.
 */
import type { NonceSplit } from "./nonce";

export interface StoredPage {
  status: number;
  /** Next.js's headers, without those the server sets per response (length, encoding, vary, date). */
  headers: Record<string, string | string[]>;
  /** HTML with a CSP nonce: the body cut at it (a fresh nonce per response); else the body. */
  split: NonceSplit | null;
  nonce: string | null;
  body: Buffer | null;
  gzip: Buffer | null;
  kind: "page" | "api";
  tags: string[];
  expiresAt: number;
  bytes: number;
}

export interface Snapshot {
  epoch: number;
  tags: number[];
}

export const ALL_TAG = "*";
export const USER_TAG_PREFIX = "user:";

export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;
  private epoch = 0;
  private readonly tagGenerations = new Map<string, number>();
  /** Per tag: until when later invalidations wait (the window opened by the last applied one). */
  private readonly windows = new Map<string, number>();
  private readonly trailing = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly maxBytes: number,
    private readonly debounceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A live page (and marks it recently used), or null. */
  get(key: string): StoredPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    if (page.expiresAt <= this.now()) {
      this.remove(key);
      return null;
    }
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  snapshot(tags: string[]): Snapshot {
    return { epoch: this.epoch, tags: tags.map((tag) => this.tagGenerations.get(tag) ?? 0) };
  }

  /** Whether nothing invalidated these tags since the snapshot. */
  isCurrent(snapshot: Snapshot, tags: string[]): boolean {
    return snapshot.epoch === this.epoch && tags.every((tag, index) => (this.tagGenerations.get(tag) ?? 0) === snapshot.tags[index]);
  }

  /** Stores a page rendered since `snapshot`; false when it is stale, expired or too large. */
  put(key: string, page: StoredPage, snapshot: Snapshot): boolean {
    if (!this.isCurrent(snapshot, page.tags) || page.expiresAt <= this.now() || page.bytes > this.maxBytes / 8) return false;
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return true;
  }

  /** Drops the pages with any of these tags (`*`: all), debounced per tag (see above). */
  invalidate(tags: string[]): void {
    const now = this.now();
    const due: string[] = [];
    for (const tag of new Set(tags)) {
      if (tag.startsWith(USER_TAG_PREFIX)) {
        due.push(tag);
        continue;
      }
      const windowEnd = this.windows.get(tag) ?? 0;
      if (now >= windowEnd) {
        due.push(tag);
        this.windows.set(tag, now + this.debounceMs);
      } else if (!this.trailing.has(tag)) {
        const timer = setTimeout(() => {
          this.trailing.delete(tag);
          this.windows.set(tag, this.now() + this.debounceMs);
          this.apply([tag]);
        }, windowEnd - now);
        timer.unref?.();
        this.trailing.set(tag, timer);
      }
    }
    if (due.length > 0) this.apply(due);
  }

  clear(): void {
    this.epoch++;
    this.pages.clear();
    this.bytes = 0;
  }

  close(): void {
    for (const timer of this.trailing.values()) clearTimeout(timer);
    this.trailing.clear();
  }

  get size(): number {
    return this.pages.size;
  }

  get byteSize(): number {
    return this.bytes;
  }

  private apply(tags: string[]): void {
    if (tags.includes(ALL_TAG)) return this.clear();
    const set = new Set(tags);
    for (const tag of set) this.tagGenerations.set(tag, (this.tagGenerations.get(tag) ?? 0) + 1);
    for (const [key, page] of this.pages) if (page.tags.some((tag) => set.has(tag))) this.remove(key);
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}
