import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { warmUp, warmUpPaths } from "./warm-up";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

describe("the warm-up before the server listens", () => {
  it("renders the list, the map, a crossing page with and without the planner, and the status API at an instant", () => {
    const paths = warmUpPaths("korday-ak-zhol", new Date("2026-12-30T22:00:00Z"));
    expect(paths).toEqual([
      "/",
      "/map",
      "/crossings/korday-ak-zhol",
      "/crossings/korday-ak-zhol?date=2027-01-06&time=12:00",
      "/api/v1/crossings/korday-ak-zhol/status?at=2027-01-06T12:00:00.000Z",
    ]);
    expect(warmUpPaths(undefined, new Date())).toEqual(["/", "/map"]);
  });

  it("asks each path once, with the site's host, and reports each answer", async () => {
    const asked: string[] = [];
    const handler: Handler = (request, response) => {
      asked.push(`${request.headers.host} ${request.url}`);
      response.statusCode = request.url === "/map" ? 404 : 200;
      response.end("ok");
    };
    const results = await warmUp(handler as never, ["/", "/map"], "example.org");
    expect(asked).toEqual(["example.org /", "example.org /map"]);
    expect(results.map(({ path, status }) => [path, status])).toEqual([
      ["/", 200],
      ["/map", 404],
    ]);
  });

  it("abandons a render that does not answer in time and one that throws, and never rejects", async () => {
    const handler: Handler = (request, response) => {
      if (request.url === "/throws") throw new Error("the database is down");
      if (request.url === "/fast") response.end("ok");
      // "/hangs": never answers.
    };
    // Were "/hangs" not abandoned after 100 ms, the overall minute would outlast the test's timeout.
    const results = await warmUp(handler as never, ["/hangs", "/throws", "/fast"], "localhost", { perRequestMs: 100, totalMs: 60_000 });
    expect(results.map(({ path, status }) => [path, status])).toEqual([
      ["/hangs", null],
      ["/throws", null],
      ["/fast", 200],
    ]);
  });

  it("stops at its overall deadline, whatever is left", async () => {
    const handler: Handler = () => {
      // never answers
    };
    const results = await warmUp(handler as never, ["/a", "/b", "/c", "/d"], "localhost", { perRequestMs: 1_000, totalMs: 250 });
    expect(results.map(({ path }) => path)).toEqual(["/a"]);
    expect(results[0]!.status).toBeNull();
  });
});
