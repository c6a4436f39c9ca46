import { describe, expect, it } from "vitest";
import { PageStore, type StoredPage } from "./page-store";

const page = (bytes: number, tags: string[], expiresAt = Number.POSITIVE_INFINITY): StoredPage => ({
  status: 200,
  headers: {},
  split: null,
  nonce: null,
  body: Buffer.alloc(bytes),
  gzip: null,
  kind: "page",
  tags,
  expiresAt,
  bytes,
});

describe("PageStore", () => {
  it("is bounded by bytes, not entries: the least recently used go first", () => {
    const store = new PageStore(10_000, 0);
    for (let i = 0; i < 100; i++) store.put(`k${i}`, page(1000, ["list"]), store.snapshot(["list"]));
    expect(store.byteSize).toBeLessThanOrEqual(10_000);
    expect(store.size).toBe(10);
    store.get("k90");
    store.put("new", page(1000, ["list"]), store.snapshot(["list"]));
    expect(store.get("k90")).not.toBeNull();
    expect(store.get("k91")).toBeNull();
  });

  it("refuses a page larger than an eighth of its memory", () => {
    const store = new PageStore(8000, 0);
    expect(store.put("big", page(1001, []), store.snapshot([]))).toBe(false);
  });

  it("expires pages at their expiry", () => {
    let now = 1000;
    const store = new PageStore(10_000, 0, () => now);
    store.put("a", page(10, [], 2000), store.snapshot([]));
    expect(store.get("a")).not.toBeNull();
    now = 2000;
    expect(store.get("a")).toBeNull();
    expect(store.byteSize).toBe(0);
  });

  it("drops by tag, all with `*`, and refuses a render that an invalidation overtook", () => {
    const store = new PageStore(10_000, 0);
    const before = store.snapshot(["slug:a"]);
    store.put("a", page(10, ["slug:a"]), store.snapshot(["slug:a"]));
    store.put("b", page(10, ["slug:b"]), store.snapshot(["slug:b"]));
    store.invalidate(["slug:a"]);
    expect(store.get("a")).toBeNull();
    expect(store.get("b")).not.toBeNull();
    expect(store.put("a", page(10, ["slug:a"]), before)).toBe(false);
    store.invalidate(["*"]);
    expect(store.size).toBe(0);
  });
});
