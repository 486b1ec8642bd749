import { describe, expect, it } from 'vitest';
import { LIGHT_INK, labelInkFor } from '../../../renderer/src/charts/label-ink';
import { THEME_PAPER } from '../../../shared/brand';

describe('labelInkFor on the dark theme', () => {
  it.each([['#4f46e566'], ['#0d948866'], ['rgba(8, 145, 178, 0.4)']])(
    'writes white on the translucent %s, which shows dark over the navy paper',
    (color) => {
      expect(labelInkFor(color, THEME_PAPER.dark)).toBe(LIGHT_INK);
    },
  );
});
