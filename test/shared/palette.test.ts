import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMAND_SOURCE_COLORS, LANDING_COLORS } from '../../shared/palette';

const tokens = readFileSync(
  join(__dirname, '..', '..', 'renderer', 'src', 'styles', 'tokens.css'),
  'utf8',
);

/** The value of a CSS custom property in tokens.css. */
function token(name: string): string | undefined {
  return new RegExp(`--${name}:\\s*([^;]+);`).exec(tokens)?.[1]?.trim();
}

describe('one colour system', () => {
  it.each(Object.entries(DEMAND_SOURCE_COLORS))(
    'uses the same %s colour in CSS and in charts',
    (source, color) => {
      expect(token(`source-${source}`)).toBe(color);
    },
  );

  it.each(Object.entries(LANDING_COLORS))(
    'uses the same %s landing colour in CSS and in charts',
    (state, color) => {
      expect(token(`landing-${state}`)).toBe(color);
    },
  );
});
