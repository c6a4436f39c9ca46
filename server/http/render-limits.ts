/**
 * A bound on the renders the server runs at once, in total and per client address. Rendering
 * is CPU on Node's one thread: past a few at once, more only add memory and latency. A request
 * over the bound waits in line (first come, first served) for up to `maxWaitMs`; past the
 * queue's length or that wait it is refused, 503 when the server as a whole is busy, 429 when
 * one address holds its share — each with Retry-After.
 *
 * Freed slots go to the address with the fewest renders running, so one address's long line
 * cannot starve the others. A reader who hangs up while waiting leaves the line (its render
 * never starts). A shared render holds its slot until it is finished or past its deadline; an
 * uncached request until Next.js is done, its reader hangs up, or a hard limit (server.ts).
 */
export interface RenderLimitOptions {
  total: number;
  perAddress: number;
  /** Requests waiting in all, and per address. */
  queueTotal: number;
  queuePerAddress: number;
  maxWaitMs: number;
}

export type Acquired = { ok: true; release: () => void } | { ok: false; reason: "busy" | "address" | "gone" };

interface Waiter {
  address: string;
  grant: (release: () => void) => void;
  refuse: (reason: "busy" | "gone") => void;
}

export class RenderLimits {
  private running = 0;
  private readonly perAddress = new Map<string, number>();
  private readonly queue: Waiter[] = [];
  private readonly queuedPerAddress = new Map<string, number>();
  /** When each address was last given a slot (a counter, not a clock). */
  private readonly lastServed = new Map<string, number>();
  private served = 0;

  constructor(private readonly options: RenderLimitOptions) {}

  get inFlight(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** A slot for `address`, now or after waiting; `signal` aborts the wait (the reader hung up). */
  acquire(address: string, signal?: AbortSignal): Promise<Acquired> {
    if (signal?.aborted) return Promise.resolve({ ok: false, reason: "gone" });
    // Waiters in line are held by their own address's share or a full server: another address with
    // room goes ahead; the same address keeps its order.
    if (this.hasRoom(address) && !this.queue.some((waiter) => waiter.address === address)) return Promise.resolve({ ok: true, release: this.take(address) });
    if ((this.queuedPerAddress.get(address) ?? 0) >= this.options.queuePerAddress) return Promise.resolve({ ok: false, reason: "address" });
    if (this.queue.length >= this.options.queueTotal) return Promise.resolve({ ok: false, reason: "busy" });
    return new Promise<Acquired>((resolve) => {
      const leave = (reason: "busy" | "gone") => {
        const index = this.queue.indexOf(waiter);
        if (index < 0) return;
        this.queue.splice(index, 1);
        this.unqueue(address);
        cleanup();
        resolve({ ok: false, reason });
      };
      const timer = setTimeout(() => leave("busy"), this.options.maxWaitMs);
      const onAbort = () => leave("gone");
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const waiter: Waiter = {
        address,
        grant: (release) => {
          cleanup();
          resolve({ ok: true, release });
        },
        refuse: leave,
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      this.queuedPerAddress.set(address, (this.queuedPerAddress.get(address) ?? 0) + 1);
    });
  }

  private hasRoom(address: string): boolean {
    return this.running < this.options.total && (this.perAddress.get(address) ?? 0) < this.options.perAddress;
  }

  private take(address: string): () => void {
    this.running++;
    if (this.lastServed.size > 10_000) this.lastServed.clear();
    this.lastServed.set(address, ++this.served);
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
      this.next();
    };
  }

  private unqueue(address: string): void {
    const left = (this.queuedPerAddress.get(address) ?? 1) - 1;
    if (left > 0) this.queuedPerAddress.set(address, left);
    else this.queuedPerAddress.delete(address);
  }

  /** Grants freed slots, each to the waiter whose address has the fewest renders running and,
   * among equals, was served longest ago (round robin): an address with a long line cannot keep
   * the slots it frees for itself while other addresses wait. */
  private next(): void {
    while (this.running < this.options.total) {
      let chosen = -1;
      for (let index = 0; index < this.queue.length; index++) {
        const address = this.queue[index]!.address;
        const running = this.perAddress.get(address) ?? 0;
        if (running >= this.options.perAddress) continue;
        if (chosen < 0) {
          chosen = index;
          continue;
        }
        const best = this.queue[chosen]!.address;
        const bestRunning = this.perAddress.get(best) ?? 0;
        if (running < bestRunning || (running === bestRunning && (this.lastServed.get(address) ?? -1) < (this.lastServed.get(best) ?? -1))) chosen = index;
      }
      if (chosen < 0) return;
      const [waiter] = this.queue.splice(chosen, 1);
      this.unqueue(waiter!.address);
      waiter!.grant(this.take(waiter!.address));
    }
  }
}
