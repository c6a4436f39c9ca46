import { describe, expect, it } from "vitest";
import { TaggedCache } from "@/lib/cache/tagged-cache";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("tagged cache", () => {
  it("serves a value until its lifetime ends", async () => {
    const time = clock();
    const cache = new TaggedCache(time.now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get("a", { tags: ["t"], ttlMs: 1000 }, load)).toBe(1);
    time.advance(999);
    expect(await cache.get("a", { tags: ["t"], ttlMs: 1000 }, load)).toBe(1);
    time.advance(1);
    expect(await cache.get("a", { tags: ["t"], ttlMs: 1000 }, load)).toBe(2);
  });

  it("never keeps a value past the instant it names (a status past the next scheduled change)", async () => {
    const time = clock();
    const cache = new TaggedCache(time.now);
    let loads = 0;
    const options = { tags: ["crossing:1"], ttlMs: 60_000, expiresAt: () => new Date(time.now() + 5_000) };
    await cache.get("s", options, async () => ++loads);
    time.advance(4_999);
    expect(await cache.get("s", options, async () => ++loads)).toBe(1);
    time.advance(1);
    expect(await cache.get("s", options, async () => ++loads)).toBe(2);
  });

  it("drops entries by tag, and only those", async () => {
    const cache = new TaggedCache();
    let loads = 0;
    await cache.get("one", { tags: ["crossing:1", "list"], ttlMs: 60_000 }, async () => ++loads);
    await cache.get("two", { tags: ["crossing:2"], ttlMs: 60_000 }, async () => ++loads);
    cache.invalidate(["crossing:1"]);
    expect(await cache.get("one", { tags: ["crossing:1", "list"], ttlMs: 60_000 }, async () => ++loads)).toBe(3);
    expect(await cache.get("two", { tags: ["crossing:2"], ttlMs: 60_000 }, async () => ++loads)).toBe(2);
  });

  it("computes a cold entry once for concurrent callers", async () => {
    const cache = new TaggedCache();
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get("k", { tags: [], ttlMs: 60_000 }, slow)));
    expect(new Set(values)).toEqual(new Set([1]));
    expect(loads).toBe(1);
  });

  it("does not store a load that an invalidation overtook", async () => {
    const cache = new TaggedCache();
    let release!: (value: string) => void;
    const stale = cache.get("k", { tags: ["crossing:1"], ttlMs: 60_000 }, () => new Promise<string>((resolve) => (release = resolve)));
    cache.invalidate(["crossing:1"]); // a report was written while the old data was being read
    release("before the write");
    expect(await stale).toBe("before the write");
    expect(await cache.get("k", { tags: ["crossing:1"], ttlMs: 60_000 }, async () => "after the write")).toBe("after the write");
  });

  it("does not cache failures", async () => {
    const cache = new TaggedCache();
    await expect(cache.get("k", { tags: [], ttlMs: 60_000 }, async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("k", { tags: [], ttlMs: 60_000 }, async () => "ok")).toBe("ok");
  });
});
