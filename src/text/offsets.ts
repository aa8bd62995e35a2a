// UTF-16 code units (what JavaScript strings index) to Unicode code points (what the output promises).

export type ToCodePoint = (unit: number) => number;

export function codePointMapper(text: string): ToCodePoint {
  if (!/[\uD800-\uDFFF]/.test(text)) return (unit) => unit;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let u = 0; u < text.length; u++) {
    map[u] = cp;
    const c = text.charCodeAt(u);
    // A high surrogate and its low surrogate make one code point.
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < text.length) {
      const d = text.charCodeAt(u + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++u] = cp;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (unit) => map[unit]!;
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
