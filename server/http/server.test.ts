/**
 * The production server's request handling on a real HTTP server, in front of a stand-in for
 * Next.js's handler that renders HTML with a CSP nonce as the app does, slowly when asked: readers
 * who hang up mid-render, renders that never finish, bursts of writes, hostile cookies.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net, { type AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PageStore } from "./page-store";
import { RenderLimits } from "./render-limits";
import { acceptsGzip, createRequestHandler, type ServerOptions } from "./server";
import { clientAddress } from "@/lib/reports/client-address";

interface Stand {
  url: string;
  renders: string[];
  store: PageStore;
  /** Renders wait for this many ms (per path). */
  delays: Map<string, number>;
  /** Paths whose render never ends. */
  hanging: Set<string>;
  /** The client each request reached the app as (lib/reports/client-address.ts). */
  clients: (string | null)[];
  close: () => Promise<void>;
}

let stands: Stand[] = [];
afterEach(async () => {
  await Promise.all(stands.map((stand) => stand.close()));
  stands = [];
});

async function stand(overrides: Partial<ServerOptions> = {}): Promise<Stand> {
  const renders: string[] = [];
  const delays = new Map<string, number>();
  const hanging = new Set<string>();
  const clients: (string | null)[] = [];
  let counter = 0;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? "/";
    clients.push(clientAddress(new Headers(request.headers as Record<string, string>), 0));
    renders.push(`${url} ${request.headers["accept-language"] ?? ""} ${request.headers.cookie ?? ""}`);
    if (hanging.has(url)) return new Promise<void>(() => {}); // like Next.js for a reader gone mid-answer
    await new Promise((resolve) => setTimeout(resolve, delays.get(url) ?? 0));
    const nonce = `n${++counter}nonce`;
    const prefetch = request.headers.purpose === "prefetch";
    response.statusCode = url.includes("missing") ? 404 : 200;
    response.setHeader("content-type", "text/html; charset=utf-8");
    if (!prefetch) response.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
    response.setHeader("vary", "rsc");
    const body = `<!DOCTYPE html><html lang="${request.headers["accept-language"]}"><script nonce="${nonce}"></script><p>${url} render ${counter} ${"padding ".repeat(400)}</p></html>`;
    response.end(body);
  };
  const store = overrides.store ?? new PageStore(8 * 2 ** 20, 300);
  const listener = createRequestHandler({
    handle,
    store,
    limits: new RenderLimits({ total: 4, perAddress: 4, queueTotal: 64, queuePerAddress: 32, maxWaitMs: 2000 }),
    cache: true,
    ttlMs: 30_000,
    stateExpiry: () => Number.POSITIVE_INFINITY,
    renderTimeoutMs: 1500,
    trustProxyHops: 0,
    siteHost: "crossings.test",
    databaseAnswers: async () => true,
    ...overrides,
  });
  const server = http.createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const created: Stand = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    renders,
    store,
    delays,
    hanging,
    clients,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  stands.push(created);
  return created;
}

/** A GET that hangs up after `ms` (a phone on 3G giving up). */
function hangUpAfter(url: string, ms: number, headers: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(url, { headers });
    request.on("error", () => resolve());
    request.on("response", (response) => response.resume());
    setTimeout(() => {
      request.destroy();
      resolve();
    }, ms);
  });
}

async function read(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: 5000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString() });
      });
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within 5 s: ${url}`)));
    request.on("error", reject);
  });
}

describe("readers who hang up", () => {
  it("two readers hanging up mid-render leave the page answering (the render finishes for the cache)", async () => {
    const s = await stand();
    s.delays.set("/crossings/dostuk", 200);
    await Promise.all([hangUpAfter(`${s.url}/crossings/dostuk`, 20), hangUpAfter(`${s.url}/crossings/dostuk`, 20)]);
    const after = await read(`${s.url}/crossings/dostuk`);
    expect(after.status).toBe(200);
    expect(after.body).toContain("render 1");
    expect(s.renders).toHaveLength(1);
  });

  it("under random hang-ups at random moments, every page still answers in full afterwards", async () => {
    const s = await stand();
    const paths = ["/", "/map", "/crossings/a", "/crossings/b", "/crossings/c"];
    for (const path of paths) s.delays.set(path, 30);
    const cookies = ["", "lang=ru", "tz=Asia%2FBishkek", "lang=en; tz=Asia%2FAlmaty"];
    const load: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      const path = paths[i % paths.length]!;
      const headers = { cookie: cookies[i % cookies.length]! };
      load.push(i % 3 === 0 ? read(`${s.url}${path}`, headers).catch(() => null) : hangUpAfter(`${s.url}${path}`, (i * 7) % 50, headers));
    }
    await Promise.all(load);
    for (const path of paths) for (const cookie of cookies) expect((await read(`${s.url}${path}`, { cookie })).status).toBe(200);
  });

  it("a reader already gone when its turn comes starts no render", async () => {
    const s = await stand({ limits: new RenderLimits({ total: 1, perAddress: 1, queueTotal: 8, queuePerAddress: 8, maxWaitMs: 2000 }) });
    s.delays.set("/crossings/slow", 300);
    const first = read(`${s.url}/crossings/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await hangUpAfter(`${s.url}/crossings/waiting`, 50);
    await first;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.renders.map((line) => line.split(" ")[0])).toEqual(["/crossings/slow"]);
  });

  it("a render that never ends costs its readers a 503 at the deadline, and the next reader a new render", async () => {
    const s = await stand({ renderTimeoutMs: 300 });
    s.hanging.add("/crossings/stuck");
    const [a, b] = await Promise.all([read(`${s.url}/crossings/stuck`), read(`${s.url}/crossings/stuck`)]);
    expect([a.status, b.status]).toEqual([503, 503]);
    expect(a.headers["retry-after"]).toBe("5");
    s.hanging.delete("/crossings/stuck");
    expect((await read(`${s.url}/crossings/stuck`)).status).toBe(200);
    expect(s.renders).toHaveLength(2);
  });
});

describe("what readers are sent", () => {
  it("compresses a miss as well as a hit, with a Vary that names what the key depends on", async () => {
    const s = await stand();
    const miss = await read(`${s.url}/crossings/x`, { "accept-encoding": "gzip" });
    const hit = await read(`${s.url}/crossings/x`, { "accept-encoding": "gzip" });
    for (const [response, state] of [
      [miss, "miss"],
      [hit, "hit"],
    ] as const) {
      expect(response.headers["x-crossings-cache"]).toBe(state);
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(response.headers.vary).toBe("rsc, Accept-Encoding, Accept-Language, Cookie");
    }
    expect((await read(`${s.url}/crossings/x`, { "accept-encoding": "gzip;q=0" })).headers["content-encoding"]).toBeUndefined();
  });

  it("gives every reader a nonce of their own, matching the policy", async () => {
    const s = await stand();
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await read(`${s.url}/crossings/x`);
      const nonce = /'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))![1]!;
      expect(response.body).toContain(`nonce="${nonce}"`);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(3);
  });

  it("never stores a page without its CSP nonce, nor one for a repeated cookie", async () => {
    const s = await stand();
    await read(`${s.url}/crossings/x`, { purpose: "prefetch" });
    expect((await read(`${s.url}/crossings/x`)).headers["x-crossings-cache"]).toBe("miss");
    await read(`${s.url}/crossings/y`, { cookie: "lang=en; lang=ru", "accept-language": "ru" });
    const english = await read(`${s.url}/crossings/y`, { cookie: "lang=en" });
    expect(english.headers["x-crossings-cache"]).toBe("miss");
    expect(english.body).toContain('lang="en"');
  });
});

describe("the client's address", () => {
  it("reaches the app as the socket's, stamped by the server; a client's own stamp is replaced", async () => {
    const s = await stand({ cache: false });
    await read(`${s.url}/crossings/a`, { "x-crossings-client": "forged 198.51.100.1", "x-forwarded-for": "198.51.100.2" });
    expect(s.clients).toHaveLength(1);
    expect(s.clients[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});

describe("writes", () => {
  it("drop the pages of that crossing and those showing every crossing, not the others", async () => {
    const s = await stand();
    for (const path of ["/crossings/a", "/crossings/b", "/"]) await read(`${s.url}${path}`);
    s.store.invalidate(["slug:a", "list"]);
    expect((await read(`${s.url}/crossings/a`)).headers["x-crossings-cache"]).toBe("miss");
    expect((await read(`${s.url}/`)).headers["x-crossings-cache"]).toBe("miss");
    expect((await read(`${s.url}/crossings/b`)).headers["x-crossings-cache"]).toBe("hit");
  });

  it("in a burst cost a page two renders per window, the first at once", async () => {
    // A window long enough for 20 requests on a busy machine (300 ms was not, in CI).
    const s = await stand({ store: new PageStore(8 * 2 ** 20, 2000) });
    await read(`${s.url}/crossings/a`);
    for (let i = 0; i < 20; i++) {
      s.store.invalidate(["slug:a"]);
      await read(`${s.url}/crossings/a`);
    }
    expect(s.renders).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await read(`${s.url}/crossings/a`)).headers["x-crossings-cache"]).toBe("miss");
  });

  it("made during a render keep that render out of the cache", async () => {
    const s = await stand();
    s.delays.set("/crossings/a", 150);
    const during = read(`${s.url}/crossings/a`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    s.store.invalidate(["slug:a"]);
    await during;
    expect((await read(`${s.url}/crossings/a`)).headers["x-crossings-cache"]).toBe("miss");
  });
});

describe("a signed-in reader's own pages", () => {
  const ALICE = "11111111-1111-4111-8111-111111111111";
  const BOB = "22222222-2222-4222-8222-222222222222";
  const session = (token: string, extra = "") => ({ cookie: `${extra}authjs.session-token=${token}` });

  /** A stand whose live sessions are `owners` (token → user id); `lookups` counts database reads. */
  async function signedInStand(owners: Map<string, string>) {
    const personalStore = new PageStore(8 * 2 ** 20, 300);
    const lookups: string[] = [];
    const s = await stand({
      personalStore,
      sessionOwner: async (token) => {
        lookups.push(token);
        return owners.get(token) ?? null;
      },
    });
    return { ...s, personalStore, lookups };
  }

  it("are rendered with their session, kept for that session alone, and checked against the database on every request", async () => {
    const owners = new Map([
      [ALICE, "alice"],
      [BOB, "bob"],
    ]);
    const s = await signedInStand(owners);
    expect((await read(`${s.url}/crossings/a`, session(ALICE))).headers["x-crossings-own-cache"]).toBe("miss");
    const again = await read(`${s.url}/crossings/a`, session(ALICE));
    expect(again.headers["x-crossings-own-cache"]).toBe("hit");
    expect(again.headers.vary).toContain("Cookie");
    // Not the anonymous readers' mark: the service worker keeps only pages with that one.
    expect(again.headers["x-crossings-cache"]).toBeUndefined();
    // Bob and an anonymous reader each get a render of their own, never Alice's.
    const bob = await read(`${s.url}/crossings/a`, session(BOB));
    expect(bob.headers["x-crossings-own-cache"]).toBe("miss");
    expect(bob.body).not.toBe(again.body);
    expect((await read(`${s.url}/crossings/a`)).headers["x-crossings-cache"]).toBe("miss");
    expect(s.renders).toEqual([`/crossings/a en authjs.session-token=${ALICE}`, `/crossings/a en authjs.session-token=${BOB}`, "/crossings/a en "]);
    expect(s.lookups).toEqual([ALICE, ALICE, BOB]);
    expect(s.store.size).toBe(1);
    expect(s.personalStore.size).toBe(2);
  });

  it("stop at once when the session ends (sign-out, expiry, ban): the next request is rendered as the app sees it", async () => {
    const owners = new Map([[ALICE, "alice"]]);
    const s = await signedInStand(owners);
    await read(`${s.url}/crossings/a`, session(ALICE));
    expect((await read(`${s.url}/crossings/a`, session(ALICE))).headers["x-crossings-own-cache"]).toBe("hit");
    owners.delete(ALICE);
    const after = await read(`${s.url}/crossings/a`, session(ALICE));
    expect(after.status).toBe(200);
    expect(after.headers["x-crossings-own-cache"]).toBeUndefined();
    expect(s.renders).toHaveLength(2);
  });

  it("are dropped by the user's own tag at once, each time, and by the crossing's writes like everyone's", async () => {
    const owners = new Map([
      [ALICE, "alice"],
      [BOB, "bob"],
    ]);
    const s = await signedInStand(owners);
    for (const token of [ALICE, BOB]) await read(`${s.url}/crossings/a`, session(token));
    // Alice votes twice within the debounce window: her own page shows each at once.
    for (let i = 0; i < 2; i++) {
      s.personalStore.invalidate(["user:alice"]);
      expect((await read(`${s.url}/crossings/a`, session(ALICE))).headers["x-crossings-own-cache"]).toBe("miss");
    }
    expect((await read(`${s.url}/crossings/a`, session(BOB))).headers["x-crossings-own-cache"]).toBe("hit");
    s.personalStore.invalidate(["slug:a"]);
    expect((await read(`${s.url}/crossings/a`, session(BOB))).headers["x-crossings-own-cache"]).toBe("miss");
  });

  it("are rendered afresh when no personal store is kept, the lookup fails, or the cookie is not one whole session", async () => {
    const plain = await stand({ sessionOwner: async () => "alice" });
    await read(`${plain.url}/crossings/a`, session(ALICE));
    expect((await read(`${plain.url}/crossings/a`, session(ALICE))).headers["x-crossings-own-cache"]).toBeUndefined();

    const failing = await stand({ personalStore: new PageStore(2 ** 20, 300), sessionOwner: async () => Promise.reject(new Error("database away")) });
    expect((await read(`${failing.url}/crossings/a`, session(ALICE))).headers["x-crossings-own-cache"]).toBeUndefined();

    const s = await signedInStand(new Map([[ALICE, "alice"]]));
    for (const headers of [session(ALICE, `__Secure-authjs.session-token=${BOB}; `), { cookie: `authjs.session-token.0=${ALICE}` }, session("short")]) {
      await read(`${s.url}/crossings/a`, headers);
      expect((await read(`${s.url}/crossings/a`, headers)).headers["x-crossings-own-cache"], headers.cookie).toBeUndefined();
    }
    expect(s.lookups).toEqual([]);
  });
});

describe("bounds", () => {
  it("answer one address past its share with 429 and Retry-After, others still served", async () => {
    const s = await stand({ limits: new RenderLimits({ total: 8, perAddress: 1, queueTotal: 64, queuePerAddress: 1, maxWaitMs: 2000 }) });
    for (let i = 0; i < 3; i++) s.delays.set(`/crossings/p${i}`, 200);
    const answers = await Promise.all([0, 1, 2].map((i) => read(`${s.url}/crossings/p${i}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429]);
    expect(answers.find((a) => a.status === 429)!.headers["retry-after"]).toBe("5");
  });

  it("answer oversized and undecodable URLs before any render", async () => {
    const s = await stand();
    expect((await read(`${s.url}/?q=${"a".repeat(5000)}`)).status).toBe(414);
    expect((await read(`${s.url}/crossings/%ED%A0%80`)).status).toBe(404);
    expect(s.renders).toHaveLength(0);
  });
});

describe("the raw socket", () => {
  it("answers a reader who half-sends a request and vanishes without leaving the page pending", async () => {
    const s = await stand();
    const port = Number(new URL(s.url).port);
    await new Promise<void>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.write("GET /crossings/z HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        setTimeout(() => (socket.destroy(), resolve()), 1);
      });
    });
    expect((await read(`${s.url}/crossings/z`)).status).toBe(200);
  });
});

describe("under npm run dev (cache off)", () => {
  it("keeps the guards and renders every request", async () => {
    const s = await stand({ cache: false });
    expect((await read(`${s.url}/?q=${"a".repeat(5000)}`)).status).toBe(414);
    await read(`${s.url}/crossings/a`);
    const again = await read(`${s.url}/crossings/a`);
    expect(again.headers["x-crossings-cache"]).toBeUndefined();
    expect(s.renders).toHaveLength(2);
  });
});

describe("an uncached request whose handler never settles", () => {
  it("frees its render slot when its reader hangs up, so the server keeps answering", async () => {
    const slots = new RenderLimits({ total: 1, perAddress: 1, queueTotal: 8, queuePerAddress: 8, maxWaitMs: 500 });
    const s = await stand({ limits: slots });
    // Signed in: never from the cache. The stand's handler never ends a response for these paths.
    s.hanging.add("/crossings/x");
    await hangUpAfter(`${s.url}/crossings/x`, 50, { cookie: "authjs.session-token=abc" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(slots.inFlight).toBe(0);
    expect((await read(`${s.url}/crossings/y`, { cookie: "authjs.session-token=abc" })).status).toBe(200);
  });
});

describe("API answers the app registered for the server to give itself", () => {
  /** A stand-in for server/api/status-route.ts: JSON naming the slug and query, slow when asked. */
  function registered(delayMs = 0) {
    const calls: string[] = [];
    const routes = {
      status: async (request: Request, slug: string) => {
        calls.push(`${slug} ${new URL(request.url).search} ${[...request.headers.keys()].join(",")}`);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (slug === "missing") return Response.json({ error: { code: "not_found" } }, { status: 404 });
        if (request.headers.get("if-none-match") === '"e1"') return new Response(null, { status: 304, headers: { etag: '"e1"' } });
        return Response.json({ slug, padding: "x".repeat(2000) }, { headers: { etag: '"e1"', "access-control-allow-origin": "*", vary: "Accept-Encoding" } });
      },
    };
    return { calls, routes };
  }

  it("answers the status at an instant without Next.js, with the security headers, gzip, 304 and HEAD", async () => {
    const { calls, routes } = registered();
    const s = await stand({ apiRoutes: () => routes });
    const answer = await read(`${s.url}/api/v1/crossings/irkeshtam/status?at=2027-01-01T00:00:00Z`, {
      "accept-encoding": "gzip",
      cookie: "authjs.session-token=secret",
      authorization: "Bearer x",
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ slug: "irkeshtam" });
    expect(answer.headers).toMatchObject({
      "content-encoding": "gzip",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "access-control-allow-origin": "*",
      vary: "Accept-Encoding",
      etag: '"e1"',
    });
    // Only what the answer depends on reaches the route: no cookie, no authorization.
    expect(calls).toEqual(["irkeshtam ?at=2027-01-01T00:00:00Z "]);
    expect((await read(`${s.url}/api/v1/crossings/irkeshtam/status?mode=car`, { "if-none-match": '"e1"' })).status).toBe(304);
    const head = await new Promise<http.IncomingMessage>((resolve) => http.request(`${s.url}/api/v1/crossings/irkeshtam/status?at=x`, { method: "HEAD" }, resolve).end());
    expect(head.statusCode).toBe(200);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(2000);
    expect((await read(`${s.url}/api/v1/crossings/missing/status?at=x`)).status).toBe(404);
    expect(s.renders).toEqual([]);
  });

  it("leaves to Next.js what it does not recognise, and everything before the app has registered it", async () => {
    const { calls, routes } = registered();
    let registeredRoutes: typeof routes | Record<string, never> = {};
    const s = await stand({ apiRoutes: () => registeredRoutes });
    await read(`${s.url}/api/v1/crossings/irkeshtam/status?at=x`);
    registeredRoutes = routes;
    // Not a strict slug, not GET, the cached "now" answer, another route: Next.js's, as before.
    await read(`${s.url}/api/v1/crossings/Irkeshtam/status?at=x`);
    await read(`${s.url}/api/v1/crossings/irkeshtam/status`);
    await read(`${s.url}/api/v1/crossings/irkeshtam/statuses?at=x`);
    expect(calls).toEqual([]);
    expect(s.renders.map((line) => line.split(" ")[0])).toEqual([
      "/api/v1/crossings/irkeshtam/status?at=x",
      "/api/v1/crossings/Irkeshtam/status?at=x",
      "/api/v1/crossings/irkeshtam/status",
      "/api/v1/crossings/irkeshtam/statuses?at=x",
    ]);
  });

  it("hands a request to Next.js when the direct answer fails unexpectedly", async () => {
    const s = await stand({ apiRoutes: () => ({ status: async () => Promise.reject(new Error("a bug")) }) });
    const answer = await read(`${s.url}/api/v1/crossings/irkeshtam/status?at=x`);
    expect(answer.status).toBe(200);
    expect(s.renders.map((line) => line.split(" ")[0])).toEqual(["/api/v1/crossings/irkeshtam/status?at=x"]);
  });

  it("answers within the same bounds as any uncached request: one address past its share gets 429", async () => {
    const { routes } = registered(200);
    const s = await stand({ apiRoutes: () => routes, limits: new RenderLimits({ total: 8, perAddress: 1, queueTotal: 64, queuePerAddress: 1, maxWaitMs: 2000 }) });
    const answers = await Promise.all([0, 1, 2].map((i) => read(`${s.url}/api/v1/crossings/irkeshtam/status?at=${i}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429]);
  });
});

describe("Accept-Encoding", () => {
  it("takes gzip when gzip or * is accepted, an explicit gzip deciding over *", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("*;q=1, gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip;q=0, *")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
