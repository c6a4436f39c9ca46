import { describe, expect, it } from "vitest";
import { addressGroup, hashAddress } from "@/lib/reports/client-address";

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
