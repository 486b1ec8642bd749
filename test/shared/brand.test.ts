import { describe, expect, it } from 'vitest';
import {
  BRAND_LOGO_MAX_BYTES,
  brandColorProblem,
  brandLogoFileProblem,
  contrastRatio,
  isBrandLogoDataUrl,
  slideLook,
  sniffLogoType,
  THEME_PAPER,
} from '../../shared/brand';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A base64 payload that decodes to exactly `bytes` bytes. */
function payloadOf(bytes: number): string {
  return btoa('\0'.repeat(bytes));
}

describe('brand and theme defaults', () => {
  it('start in the light theme in the product indigo, without a logo', () => {
    expect(DEFAULT_SETTINGS.brandColor).toBe('#4f46e5');
    expect(DEFAULT_SETTINGS.brandLogo).toBeNull();
    expect(DEFAULT_SETTINGS.slideTheme).toBe('light');
  });

  it("keep the slides' hand-picked indigo shades for the default colour", () => {
    const look = slideLook(DEFAULT_SETTINGS);
    expect(look).toMatchObject({
      theme: 'light',
      logo: null,
      accent: '#4f46e5',
      accentText: '#4f46e5',
      accentOnField: '#a5b4fc',
      fieldStops: ['#1e1b4b', '#272270', '#312e81'],
    });
  });
});

describe('the brand colour', () => {
  it('accepts # and six hex digits', () => {
    expect(brandColorProblem('#0EA5E9')).toBeNull();
  });

  it.each(['0ea5e9', '#0ea', 'teal', '#12345g', ''])('refuses %j with a message', (value) => {
    expect(brandColorProblem(value)).toMatch(/is not a colour: write it as # and six hex digits/);
  });

  it('keeps kicker text AA on either paper, however light or dark the brand', () => {
    for (const brandColor of ['#ffff00', '#fde68a', '#111111', '#0ea5e9']) {
      for (const slideTheme of ['light', 'dark'] as const) {
        const look = slideLook({ brandColor, brandLogo: null, slideTheme });
        expect(contrastRatio(look.accentText, THEME_PAPER[slideTheme])).toBeGreaterThanOrEqual(4.5);
        // White titles and the tinted kicker stay readable on the title slide's field.
        expect(contrastRatio('#ffffff', look.fieldStops[2])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(look.accentOnField, look.fieldStops[2])).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('falls back to the product indigo for a stored colour that is not #rrggbb', () => {
    expect(slideLook({ brandColor: 'red', brandLogo: null, slideTheme: 'dark' }).accent).toBe(
      '#4f46e5',
    );
  });
});

describe('the brand logo', () => {
  it('accepts a small PNG or JPEG file', () => {
    expect(brandLogoFileProblem({ name: 'logo.png', type: 'image/png', size: 4000 })).toBeNull();
    expect(brandLogoFileProblem({ name: 'logo.jpg', type: 'image/jpeg', size: 4000 })).toBeNull();
  });

  it('refuses an SVG, saying it can carry script', () => {
    expect(brandLogoFileProblem({ name: 'logo.svg', type: 'image/svg+xml', size: 900 })).toBe(
      'logo.svg is an SVG, which can carry script: export the logo as a PNG or JPEG instead.',
    );
  });

  it('refuses another type, and a file over the limit with its size', () => {
    expect(brandLogoFileProblem({ name: 'logo.gif', type: 'image/gif', size: 900 })).toMatch(
      /logo.gif is not a PNG or JPEG image/,
    );
    expect(brandLogoFileProblem({ name: 'big.png', type: 'image/png', size: 1024 * 1024 })).toBe(
      'big.png is 1024 KB: a logo may be at most 200 KB.',
    );
  });

  it('knows a PNG or JPEG by its first bytes, whatever the name says', () => {
    expect(sniffLogoType(PNG_HEAD)).toBe('image/png');
    expect(sniffLogoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffLogoType(new TextEncoder().encode('<svg xmlns='))).toBeNull();
  });

  it('accepts only PNG or JPEG data: URLs within the limit', () => {
    expect(isBrandLogoDataUrl(`data:image/png;base64,${payloadOf(1000)}`)).toBe(true);
    expect(isBrandLogoDataUrl(`data:image/jpeg;base64,${payloadOf(BRAND_LOGO_MAX_BYTES)}`)).toBe(
      true,
    );
    expect(isBrandLogoDataUrl(`data:image/png;base64,${payloadOf(BRAND_LOGO_MAX_BYTES + 1)}`)).toBe(
      false,
    );
    expect(isBrandLogoDataUrl(`data:image/svg+xml;base64,${payloadOf(300)}`)).toBe(false);
    expect(isBrandLogoDataUrl('data:image/png,<script>')).toBe(false);
    expect(isBrandLogoDataUrl('https://example.com/logo.png')).toBe(false);
  });
});
