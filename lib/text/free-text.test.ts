import { describe, expect, it } from "vitest";
import { codePointLabel, firstControlCharacter, freeText, hasControlCharacters, stripControlCharacters, stripControlCharactersDeep } from "./free-text";
import { messagesFor } from "@/lib/i18n/messages";

/** One of each class the rule refuses, with the label a message names it by. */
const refused: [string, string, string][] = [
  ["NUL", "\u0000", "U+0000"],
  ["bell (C0)", "\u0007", "U+0007"],
  ["backspace (C0)", "\b", "U+0008"],
  ["vertical tab (C0)", "\u000b", "U+000B"],
  ["form feed (C0)", "\f", "U+000C"],
  ["escape (C0)", "\u001b", "U+001B"],
  ["unit separator (C0, last)", "\u001f", "U+001F"],
  ["a carriage return on its own", "\r", "U+000D"],
  ["DEL", "\u007f", "U+007F"],
  ["C1, first", "\u0080", "U+0080"],
  ["NEL (C1)", "\u0085", "U+0085"],
  ["C1, last", "\u009f", "U+009F"],
  ["left-to-right embedding", "\u202a", "U+202A"],
  ["right-to-left override", "\u202e", "U+202E"],
  ["pop directional formatting", "\u202c", "U+202C"],
  ["left-to-right isolate", "\u2066", "U+2066"],
  ["pop directional isolate", "\u2069", "U+2069"],
  ["a high surrogate on its own", "\ud83d", "U+D83D"],
  ["a low surrogate on its own", "\ude00", "U+DE00"],
];

/** Text people write, in the scripts the site serves and beyond. */
const accepted = [
  "Barrier down, queue of ~40 cars",
  "Кыргызстан: шлагбаум закрыт, очередь 2 часа",
  "霍尔果斯口岸 今天关闭",
  "Қазақстан — O‘zbekiston — Тоҷикистон",
  "🚗🚚 waited 😀 \ud83d\ude00 👨‍👩‍👧",
  "line one\nline two\n\nafter a blank line",
  "col\tcol\ttabbed",
  "שלום and مرحبا with marks \u200e\u200f\u061c and a zero\u200bwidth space",
  "\u00a0no-break space, \u00ad soft hyphen, café, naïve",
];

describe("hasControlCharacters and firstControlCharacter", () => {
  it.each(refused)("refuses %s", (_name, character, label) => {
    for (const text of [character, `before${character}`, `${character}after`, `mid${character}dle`]) {
      expect(hasControlCharacters(text)).toBe(true);
      expect(firstControlCharacter(text)).toBe(label);
    }
  });

  it.each(accepted)("accepts %j", (text) => {
    expect(hasControlCharacters(text)).toBe(false);
    expect(firstControlCharacter(text)).toBeNull();
  });

  it("accepts CRLF, the line break browsers send from a textarea, but not CR before anything else", () => {
    expect(hasControlCharacters("a\r\nb\r\n")).toBe(false);
    expect(firstControlCharacter("a\r\r\nb")).toBe("U+000D");
    expect(firstControlCharacter("a\rb")).toBe("U+000D");
  });

  it("names the first refused character", () => {
    expect(firstControlCharacter("ok \u202e then \u0007")).toBe("U+202E");
    expect(codePointLabel("\u0085")).toBe("U+0085");
  });

  it("looks inside objects and arrays, keys too", () => {
    expect(hasControlCharacters({ sides: [{ notes: ["ok", "x\u202e"] }] })).toBe(true);
    expect(hasControlCharacters({ "k\u0007": 1 })).toBe(true);
    expect(hasControlCharacters({ a: [1, null, true, "Кеген\tкм 5\n"] })).toBe(false);
    expect(hasControlCharacters(undefined)).toBe(false);
  });
});

describe("freeText", () => {
  const schema = freeText();

  it.each(refused)("refuses %s with a message naming it", (_name, character, label) => {
    const result = schema.safeParse(`gate${character}closed`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(messagesFor("en").freeText.controlCharacter(label));
    expect(result.error?.issues[0]?.message).toContain(`Text cannot contain control characters (this has ${label})`);
  });

  it.each(accepted)("accepts %j unchanged", (text) => {
    expect(schema.parse(text)).toBe(text);
  });

  it("stores CRLF as \\n, so the form and the API give the same text", () => {
    expect(schema.parse("one\r\ntwo\r\n\r\nthree")).toBe("one\ntwo\n\nthree");
  });

  it("words the message in the caller's language", () => {
    const result = freeText(messagesFor("ru").freeText.controlCharacter).safeParse("звонок\u0007");
    expect(result.error?.issues[0]?.message).toBe(
      "Текст не может содержать управляющие символы (здесь есть U+0007). Табуляция и переводы строк допустимы, другие невидимые управляющие символы и символы направления текста — нет.",
    );
  });

  it("chains like any string schema, the control check first", () => {
    const reason = freeText().trim().min(3, "short").max(10, "long");
    expect(reason.parse("  hello \r\n ")).toBe("hello");
    expect(reason.safeParse("x").error?.issues[0]?.message).toBe("short");
    expect(reason.safeParse("\u202ex").error?.issues.map((issue) => issue.message)).toEqual([messagesFor("en").freeText.controlCharacter("U+202E"), "short"]);
    expect(freeText(undefined, { error: "not text" }).safeParse(5).error?.issues[0]?.message).toBe("not text");
  });
});

describe("stripControlCharacters", () => {
  it("removes every refused character and keeps the rest", () => {
    // Each followed by "|": the two lone surrogates side by side would be a pair, an emoji.
    const all = refused.map(([, character]) => `${character}|`).join("");
    expect(stripControlCharacters(`a${all}b`)).toBe(`a${"|".repeat(refused.length)}b`);
    for (const text of accepted) expect(stripControlCharacters(text)).toBe(text);
    expect(stripControlCharacters("a\r\nb\rc")).toBe("a\r\nbc");
    expect(stripControlCharacters("a\r\nb\rc", { keepCarriageReturns: true })).toBe("a\r\nb\rc");
  });

  it("goes through objects and arrays, keys too", () => {
    expect(stripControlCharactersDeep({ "k\u0007": ["\u202eevil", 1, null], n: { x: "ok\u0085" } })).toEqual({ k: ["evil", 1, null], n: { x: "ok" } });
  });
});
