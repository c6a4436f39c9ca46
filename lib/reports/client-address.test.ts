import { describe, expect, it } from "vitest";
import { addressGroup, CLIENT_HEADER, CLIENT_TOKEN_VARIABLE, clientAddress, hashAddress } from "@/lib/reports/client-address";

describe("the unit a per-address limit counts", () => {
  it("is an IPv4 address itself, also when written as IPv4-mapped IPv6", () => {
    expect(addressGroup("203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::FFFF:203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("0:0:0:0:0:ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressGroup("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(addressGroup("203.0.113.7:5678")).toBe("203.0.113.7");
    expect(addressGroup("[::ffff:203.0.113.7]:443")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64, however the address is written", () => {
    const same = [
      "[2001:db8:85a3:42::1]:443",
      "2001:db8:85a3:42::1",
      "2001:0db8:85a3:0042:0000:0000:0000:0002",
      "2001:db8:85a3:42:ffff:ffff:ffff:ffff",
      "[2001:db8:85a3:42::8a2e]",
      "2001:db8:85a3:42::1%eth0",
      "2001:db8:85a3:42::192.0.2.1",
    ];
    for (const address of same) expect(addressGroup(address), address).toBe("2001:db8:85a3:42::/64");
    expect(addressGroup("2001:db8:85a3:43::1")).toBe("2001:db8:85a3:43::/64");
    expect(addressGroup("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressGroup("::1")).toBe("0:0:0:0::/64");
    expect(addressGroup("fe80::1:2:3:4")).toBe("fe80:0:0:0::/64");
  });

  it("leaves what is not an address as it is", () => {
    for (const value of ["unknown", "", "not-an-ip", "1.2.3", "2001:db8:::1"]) expect(addressGroup(value)).toBe(value);
  });

  it("makes one client's whole /64 one count for the report limit", () => {
    expect(hashAddress("2001:db8:85a3:42::1", "s")).toBe(hashAddress("2001:db8:85a3:42:dead:beef:0:7", "s"));
    expect(hashAddress("2001:db8:85a3:42::1", "s")).not.toBe(hashAddress("2001:db8:85a3:43::1", "s"));
  });
});

describe("the client's address as the app reads it", () => {
  const stamp = (value: string, forwarded?: string) => new Headers({ [CLIENT_HEADER]: value, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) });

  it("believes the production server's stamp only with this process's token", () => {
    const saved = process.env[CLIENT_TOKEN_VARIABLE];
    process.env[CLIENT_TOKEN_VARIABLE] = "t0ken-of-this-process";
    try {
      expect(clientAddress(stamp("t0ken-of-this-process 203.0.113.9"), 0)).toBe("203.0.113.9");
      // A client that guesses the header's shape gains nothing: no address, or the proxy's hop.
      expect(clientAddress(stamp("guess 198.51.100.1"), 0)).toBeNull();
      expect(clientAddress(stamp("guess 198.51.100.1", "192.0.2.7"), 1)).toBe("192.0.2.7");
      expect(clientAddress(stamp("t0ken-of-this-process"), 0)).toBeNull();
    } finally {
      if (saved === undefined) delete process.env[CLIENT_TOKEN_VARIABLE];
      else process.env[CLIENT_TOKEN_VARIABLE] = saved;
    }
  });

  it("reads no address without a stamp or a trusted proxy", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "192.0.2.7" }), 0)).toBeNull();
  });
});
