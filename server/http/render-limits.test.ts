import { describe, expect, it } from "vitest";
import { RenderLimits } from "./render-limits";

const limits = () => new RenderLimits({ total: 2, perAddress: 1, queueTotal: 3, queuePerAddress: 2, maxWaitMs: 200 });

describe("RenderLimits", () => {
  it("lets one address run its share, queues the rest in order, and serves other addresses meanwhile", async () => {
    const l = limits();
    const a1 = await l.acquire("a");
    expect(a1.ok).toBe(true);
    const a2 = l.acquire("a");
    const b1 = await l.acquire("b");
    expect(b1.ok).toBe(true);
    expect(l.waiting).toBe(1);
    if (a1.ok) a1.release();
    expect((await a2).ok).toBe(true);
  });

  it("refuses past the queue (429 for one address, 503 for all) and after the longest wait", async () => {
    const l = limits();
    await l.acquire("a");
    void l.acquire("a");
    void l.acquire("a");
    expect(await l.acquire("a")).toEqual({ ok: false, reason: "address" });
    await l.acquire("b");
    void l.acquire("c");
    expect(await l.acquire("d")).toEqual({ ok: false, reason: "busy" });
    expect(await l.acquire("b")).toEqual({ ok: false, reason: "busy" });
  });

  it("drops a waiter whose reader hung up, and never runs it", async () => {
    const l = limits();
    const first = await l.acquire("a");
    const controller = new AbortController();
    const waiting = l.acquire("a", controller.signal);
    controller.abort();
    expect(await waiting).toEqual({ ok: false, reason: "gone" });
    expect(l.waiting).toBe(0);
    if (first.ok) first.release();
    expect(l.inFlight).toBe(0);
  });
});

describe("RenderLimits under two busy addresses", () => {
  it("gives a third address the next free slot, ahead of the long lines of the first two", async () => {
    const l = new RenderLimits({ total: 2, perAddress: 2, queueTotal: 100, queuePerAddress: 50, maxWaitMs: 2000 });
    const a = await l.acquire("a");
    const b = await l.acquire("b");
    const lines = [...Array.from({ length: 10 }, () => l.acquire("a")), ...Array.from({ length: 10 }, () => l.acquire("b"))];
    const third = l.acquire("c");
    if (a.ok) a.release();
    expect(await Promise.race([third.then(() => "c"), lines[0]!.then(() => "a")])).toBe("c");
    if (b.ok) b.release();
    void lines;
  });
});
