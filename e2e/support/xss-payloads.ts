/**
 * Stored-XSS payloads for e2e/stored-xss.spec.ts. Each would set `window.__xss` (or open a
 * dialog) if it ever ran; each is one line, so it can be looked for as visible text.
 */
export const XSS_PAYLOADS: string[] = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=2">`,
  `"><svg onload="window.__xss=3">`,
  `'><img src=x onerror=alert(4)>`,
  `<a href="javascript:window.__xss=5">click me</a>`,
  `javascript:window.__xss=6`,
  `</textarea><script>window.__xss=7</script>`,
  `</title><script>window.__xss=8</script>`,
  `<iframe srcdoc="<script>parent.__xss=9</script>"></iframe>`,
  `<body onload="window.__xss=10">`,
  `<details open ontoggle="window.__xss=11">`,
  `<input autofocus onfocus="window.__xss=12">`,
  `<div style="width: expression(window.__xss=13)">css</div>`,
  `<style>@import 'javascript:window.__xss=14';</style>`,
  `[link](javascript:window.__xss=15) and <https://evil.example/?q=<script>window.__xss=15</script>>`,
  `<svg><a xlink:href="javascript:window.__xss=16"><text>svg link</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=17">`,
  `\u003cscript\u003ewindow.__xss=18\u003c/script\u003e ＜script＞window.__xss=18＜/script＞`,
  // Direction marks, not overrides: U+202E and the other overrides are refused at input now
  // (lib/text/free-text.ts), so a payload holding one would never be stored.
  `\u200f<script>window.__xss=19</script>\u200e zero\u200bwidth`,
  `{{constructor.constructor('window.__xss=20')()}} \${window.__xss=20}`,
  `<object data="data:text/html,<script>parent.__xss=21</script>"></object>`,
  `<base href="https://evil.example/"><form action="https://evil.example/"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__xss=23">`,
  `]]><script>window.__xss=24</script><![CDATA[ & &amp; &lt;script&gt;`,
  `" onmouseover="window.__xss=25" x="`,
  `<noscript><p title="</noscript><img src=x onerror=window.__xss=26>">`,
];

/** Joins payloads into chunks of at most `max` characters (one per field or report). */
export function chunks(payloads: string[], max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const payload of payloads) {
    if (current && current.length + payload.length + 1 > max) {
      out.push(current);
      current = "";
    }
    current = current ? `${current}\n${payload}` : payload;
  }
  if (current) out.push(current);
  return out;
}
