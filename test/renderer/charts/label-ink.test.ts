import { describe, expect, it } from 'vitest';
import { DARK_INK, LIGHT_INK, labelInkFor } from '../../../renderer/src/charts/label-ink';

describe('labelInkFor', () => {
  it.each([
    ['#4f46e5', LIGHT_INK], // marketing indigo
    ['#15803d', LIGHT_INK], // landed green
    ['#2563eb', LIGHT_INK], // due blue
  ])('writes white on the solid %s', (color, ink) => {
    expect(labelInkFor(color)).toBe(ink);
  });

  it.each([
    ['#4f46e566'], // marketing at 40 % over white: lavender
    ['#0d948866'], // tele at 40 %: pale teal
    ['#cbd5e1'], // slate 300
    ['#d97706'], // channel amber: dark ink has the better contrast (WCAG)
    ['rgba(8, 145, 178, 0.4)'],
  ])('writes dark ink on the light %s', (color) => {
    expect(labelInkFor(color)).toBe(DARK_INK);
  });

  it('falls back to white for a colour it cannot read', () => {
    expect(labelInkFor('')).toBe(LIGHT_INK);
  });
});
