import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { printable, sendEmail, sendSignInLink, signInLogLine } from "@/server/auth/mail";
import { resolveAuthSecret } from "@/lib/auth/secret";

describe("sign-in link delivery", () => {
  const received: { to: string[]; data: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    // A real SMTP server on loopback that keeps what it is sent.
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends the link by SMTP when SMTP_URL is set", async () => {
    const url = "http://localhost:3000/api/auth/callback/nodemailer?token=abc&email=ada%40example.org";
    await sendSignInLink({ email: "ada@example.org", url, expires: new Date(Date.now() + 600_000) }, `smtp://127.0.0.1:${port}`, "Crossings <no-reply@crossings.test>");
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["ada@example.org"]);
    expect(received[0]!.data).toContain("Subject: Sign in to Crossings");
    expect(received[0]!.data.replace(/=\r\n/g, "").replace(/=3D/g, "=")).toContain(url);
    expect(received[0]!.data).toContain("within 10 minutes");
  });

  it("never sends to anything but one checked address, by SMTP or to the log", async () => {
    const before = received.length;
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      for (const email of [
        Array.from({ length: 50 }, (_, i) => `victim${i}@example.org`).join(","),
        "victim@example.org,eve@evil.example",
        "victim@example.org\nSign-in link for eve@evil.example: http://evil.example/x",
        "Victim <victim@example.org>",
      ]) {
        const mail = { email, url: "http://localhost:3000/x?token=1", expires: new Date(Date.now() + 600_000) };
        await expect(sendSignInLink(mail, `smtp://127.0.0.1:${port}`, "Crossings <no-reply@crossings.test>")).rejects.toThrow(/Refused sign-in address/);
        await expect(sendSignInLink(mail, undefined, "x")).rejects.toThrow(/Refused sign-in address/);
      }
      expect(received.length, "no SMTP message").toBe(before);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it("sends to the one address given, normalized", async () => {
    const before = received.length;
    await sendSignInLink(
      { email: " O'Brien@Example.org ", url: "http://localhost:3000/x?token=2", expires: new Date(Date.now() + 600_000) },
      `smtp://127.0.0.1:${port}`,
      "Crossings <no-reply@crossings.test>",
    );
    expect(received.slice(before).map((message) => message.to)).toEqual([["o'brien@example.org"]]);
  });

  it("writes any unprintable character of a logged value as an escape, so a line cannot be split", async () => {
    expect(printable("a\nb\r\u2028c d\u202e\u0000")).toBe("a\\u{a}b\\u{d}\\u{2028}c\\u{20}d\\u{202e}\\u{0}");
    expect(signInLogLine("ada@example.org", "http://u/?x=1\nSign-in link for eve@evil.example: http://evil")).toBe(
      "Sign-in link for ada@example.org: http://u/?x=1\\u{a}Sign-in\\u{20}link\\u{20}for\\u{20}eve@evil.example:\\u{20}http://evil",
    );
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await sendEmail({ to: "ada@example.org\nEmail to eve@evil.example", subject: "Karkyra\nis open", text: "See http://localhost:3000/c/karkyra" }, undefined, "x");
      expect(log).toHaveBeenCalledWith("Email to ada@example.org\\u{a}Email\\u{20}to\\u{20}eve@evil.example: Karkyra\\u{a}is open http://localhost:3000/c/karkyra");
    } finally {
      log.mockRestore();
    }
  });

  it("writes the one contract line to the log when there is no mail server", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await sendSignInLink({ email: "bob@example.org", url: "http://localhost:3000/x?token=1", expires: new Date() }, undefined, "x");
      expect(log).toHaveBeenCalledWith("Sign-in link for bob@example.org: http://localhost:3000/x?token=1");
      expect(signInLogLine("a@b.c", "http://u")).toBe("Sign-in link for a@b.c: http://u");
    } finally {
      log.mockRestore();
    }
  });
});

describe("AUTH_SECRET", () => {
  it("uses the configured secret", () => {
    expect(resolveAuthSecret("x".repeat(40), "/nonexistent/never-written")).toBe("x".repeat(40));
  });

  it("generates one under .data when unset, says so, and reuses it", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "crossings-secret-")), "sub", "auth-secret");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      const first = resolveAuthSecret(undefined, file);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(readFileSync(file, "utf8").trim()).toBe(first);
      expect(log.mock.calls[0]?.[0]).toMatch(/AUTH_SECRET is not set: generated one and stored it in/);
      expect(resolveAuthSecret(undefined, file)).toBe(first);
      expect(log).toHaveBeenCalledTimes(1);
    } finally {
      log.mockRestore();
    }
  });
});
