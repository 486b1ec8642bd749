import { DEFAULT_BRAND_COLOR, DEFAULT_SETTINGS, type Settings, type SlideTheme } from './settings';

/** The largest logo file accepted, in bytes: a logo is drawn a few dozen pixels tall. */
export const BRAND_LOGO_MAX_BYTES = 200 * 1024;

/**
 * The logo formats accepted. SVG is refused on purpose: it is a document that can carry script
 * and external references, and the logo is shown on every slide and in the PDF.
 */
export const BRAND_LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const LOGO_DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]*={0,2})$/;

/** Whether `value` is a `#rrggbb` colour. */
export function isBrandColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/** The message for a brand colour that is not `#rrggbb`, or `null` when it is one. */
export function brandColorProblem(value: string): string | null {
  return isBrandColor(value.trim())
    ? null
    : `"${value}" is not a colour: write it as # and six hex digits, such as ${DEFAULT_BRAND_COLOR}.`;
}

/** The message for a logo file that is the wrong type or too large, or `null` when it can be used. */
export function brandLogoFileProblem(file: {
  name: string;
  type: string;
  size: number;
}): string | null {
  if (!(BRAND_LOGO_TYPES as readonly string[]).includes(file.type)) {
    const svg = file.type === 'image/svg+xml' || /\.svg$/i.test(file.name);
    return svg
      ? `${file.name} is an SVG, which can carry script: export the logo as a PNG or JPEG instead.`
      : `${file.name} is not a PNG or JPEG image: choose a PNG or JPEG logo.`;
  }
  if (file.size > BRAND_LOGO_MAX_BYTES) {
    return `${file.name} is ${Math.ceil(file.size / 1024)} KB: a logo may be at most ${BRAND_LOGO_MAX_BYTES / 1024} KB.`;
  }
  if (file.size === 0) return `${file.name} is empty: choose a PNG or JPEG logo.`;
  return null;
}

/**
 * The image type the file's first bytes say it is (PNG or JPEG), or `null`: a file's name and
 * declared type can lie, its signature does not.
 */
export function sniffLogoType(head: Uint8Array): (typeof BRAND_LOGO_TYPES)[number] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((byte, i) => head[i] === byte)) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Whether `value` is a base64 PNG or JPEG `data:` URL of at most the logo size limit. */
export function isBrandLogoDataUrl(value: string): boolean {
  const match = LOGO_DATA_URL.exec(value);
  const payload = match?.[2];
  if (payload === undefined || payload.length === 0) return false;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return (payload.length / 4) * 3 - padding <= BRAND_LOGO_MAX_BYTES;
}

/** What a slide needs to look like the company's: the theme and the brand's colours and logo. */
export interface SlideLook {
  theme: SlideTheme;
  logo: string | null;
  /** The brand colour as the user chose it: the tiles' accent bar and the kicker rule. */
  accent: string;
  /** Brand text on the slide's paper (AA against it): the kicker. */
  accentText: string;
  /** A light tint of the brand for text on the bookend slides' dark field (AA against it). */
  accentOnField: string;
  /** The brand tiles' accent bar on the bookend slides' dark field. */
  toneOnField: string;
  /** The bookend (title, pivot, divider) slides' field: a glow and three dark stops. */
  fieldGlow: string;
  fieldStops: [string, string, string];
}

// The product indigo's hand-picked shades (Tailwind's indigo): the slides as they have always
// looked. Any other brand colour gets shades computed from it below.
const INDIGO_LOOK = {
  accentOnField: '#a5b4fc',
  toneOnField: '#818cf8',
  fieldGlow: 'rgb(99 102 241 / 35%)',
  fieldStops: ['#1e1b4b', '#272270', '#312e81'] as [string, string, string],
};

/** The paper of each theme: what slide text must contrast with. */
export const THEME_PAPER: Record<SlideTheme, string> = { light: '#ffffff', dark: '#0b1220' };

function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `hex` moved `amount` (0–1) of the way towards `target`. */
function mix(hex: string, target: string, amount: number): string {
  const a = rgbOf(hex);
  const b = rgbOf(target);
  return hexOf([0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * amount) as [number, number, number]);
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `hex` moved towards `target` in small steps until it reaches `ratio` against `against`. */
function towardsContrast(hex: string, target: string, against: string, ratio: number): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(hex, target, step / 20);
    if (contrastRatio(candidate, against) >= ratio) return candidate;
  }
  return target;
}

// AA for normal text; the kicker is 14px.
const AA = 4.5;

/** The slide look of the settings: the theme, and the brand's shades with every text colour kept AA. */
export function slideLook(
  settings: Pick<Settings, 'brandColor' | 'brandLogo' | 'slideTheme'>,
): SlideLook {
  const accent = isBrandColor(settings.brandColor)
    ? settings.brandColor.toLowerCase()
    : DEFAULT_SETTINGS.brandColor;
  const paper = THEME_PAPER[settings.slideTheme];
  const light = settings.slideTheme === 'light';
  const accentText = towardsContrast(accent, light ? '#000000' : '#ffffff', paper, AA);
  const logo =
    settings.brandLogo !== null && isBrandLogoDataUrl(settings.brandLogo)
      ? settings.brandLogo
      : null;
  if (accent === DEFAULT_BRAND_COLOR) {
    return { theme: settings.slideTheme, logo, accent, accentText, ...INDIGO_LOOK };
  }
  // The field's stops are the brand darkened until white text on the lightest reads AA.
  const last = towardsContrast(mix(accent, '#000000', 0.38), '#000000', '#ffffff', 7);
  const fieldStops: [string, string, string] = [
    mix(accent, '#000000', 0.62),
    mix(last, mix(accent, '#000000', 0.62), 0.5),
    last,
  ];
  const [r, g, b] = rgbOf(mix(accent, '#ffffff', 0.15));
  return {
    theme: settings.slideTheme,
    logo,
    accent,
    accentText,
    accentOnField: towardsContrast(mix(accent, '#ffffff', 0.55), '#ffffff', last, AA),
    toneOnField: mix(accent, '#ffffff', 0.3),
    fieldGlow: `rgb(${r} ${g} ${b} / 35%)`,
    fieldStops,
  };
}
