/** The dark ink of slide text, used on light segments. */
export const DARK_INK = '#0f172a';

/** White text, used on dark segments. */
export const LIGHT_INK = '#ffffff';

/** Red, green, blue (0–255) and alpha (0–1) of a `#rgb`, `#rrggbb`, `#rrggbbaa` or `rgb()/rgba()` colour. */
function parseColor(color: string): [number, number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color.trim());
  if (hex?.[1]) {
    const digits =
      hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1].padEnd(8, 'f');
    const part = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return [part(0), part(1), part(2), part(3) / 255];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/i.exec(
    color.trim(),
  );
  if (!rgb) return null;
  return [
    Number(rgb[1]),
    Number(rgb[2]),
    Number(rgb[3]),
    rgb[4] === undefined ? 1 : Number(rgb[4]),
  ];
}

/** WCAG relative luminance of an sRGB channel value 0–255. */
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * The ink for a label drawn on a bar segment: dark on light fills, white on dark ones. A
 * translucent fill is judged as it shows on the slide's paper (white, or the dark theme's navy).
 */
export function labelInkFor(background: string, paper = '#ffffff'): string {
  const parsed = parseColor(background);
  if (parsed === null) return LIGHT_INK;
  const [r, g, b, a] = parsed;
  const [pr, pg, pb] = parseColor(paper) ?? [255, 255, 255];
  const onPaper = (v: number, p: number) => a * v + (1 - a) * p;
  const luminance =
    0.2126 * channel(onPaper(r, pr)) +
    0.7152 * channel(onPaper(g, pg)) +
    0.0722 * channel(onPaper(b, pb));
  // Contrast with white (1.05 / (L + 0.05)) beats contrast with dark ink below this luminance.
  return luminance > 0.18 ? DARK_INK : LIGHT_INK;
}
