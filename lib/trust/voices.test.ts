import { describe, expect, it } from "vitest";
import { oneVoicePerAddress } from "@/lib/trust/voices";

describe("one voice per address", () => {
  it("lets the account with the highest standing at an address speak and marks the others", () => {
    const marks = oneVoicePerAddress([
      { author: "a", address: "x", score: 0.1 },
      { author: "b", address: "x", score: 0.6 },
      { author: "b", address: "x", score: 0.6 },
      { author: "c", address: "y", score: 0.1 },
      { author: "d", address: "x", score: 0.1 },
    ]);
    expect(marks).toEqual([true, false, false, false, true]);
  });

  it("chooses between equal standings by id, whatever the order", () => {
    const one = oneVoicePerAddress([
      { author: "b", address: "x", score: 0.4 },
      { author: "a", address: "x", score: 0.4 },
    ]);
    const other = oneVoicePerAddress([
      { author: "a", address: "x", score: 0.4 },
      { author: "b", address: "x", score: 0.4 },
    ]);
    expect(one).toEqual([true, false]);
    expect(other).toEqual([false, true]);
  });

  it("marks nothing where the address or the author is not known", () => {
    expect(
      oneVoicePerAddress([
        { author: null, address: "x", score: 0.5 },
        { author: "a", address: null, score: 0.1 },
        { author: "b", address: null, score: 0.1 },
      ]),
    ).toEqual([false, false, false]);
  });
});
