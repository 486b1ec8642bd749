import { describe, expect, it } from 'vitest';
import { settingsRowSchema } from '../../../renderer/src/backup/row-schemas';
import { completeSettings } from '../../../renderer/src/data/schema';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

const LOGO = 'data:image/png;base64,iVBORw0KGgo=';

describe('brand settings in the workspace', () => {
  it('gives settings stored before the brand the product indigo, no logo and the light theme', () => {
    const completed = completeSettings({ lookbackDays: 90 });
    expect(completed).toMatchObject({
      brandColor: '#4f46e5',
      brandLogo: null,
      slideTheme: 'light',
    });
  });

  it('keeps the brand a workspace saved', () => {
    const brand = { brandColor: '#0ea5e9', brandLogo: LOGO, slideTheme: 'dark' as const };
    expect(completeSettings(brand)).toMatchObject(brand);
  });
});

describe('restoring the brand of a backup', () => {
  it('accepts a backup from before the brand, completing it with the defaults', () => {
    const parsed = settingsRowSchema.parse({ key: 'workspace', value: { lookbackDays: 90 } });
    expect(parsed.value).toEqual({ ...DEFAULT_SETTINGS, lookbackDays: 90 });
  });

  it('restores a backup brand', () => {
    const value = { brandColor: '#0ea5e9', brandLogo: LOGO, slideTheme: 'dark' };
    const parsed = settingsRowSchema.parse({ key: 'workspace', value });
    expect(parsed.value).toMatchObject(value);
  });

  it.each([
    [{ brandColor: 'javascript:alert(1)' }, 'brandColor'],
    [{ brandLogo: 'data:image/svg+xml;base64,PHN2Zz4=' }, 'brandLogo'],
    [{ brandLogo: `data:image/png;base64,${'A'.repeat(300_000)}` }, 'brandLogo'],
    [{ slideTheme: 'neon' }, 'slideTheme'],
  ])('refuses a backup whose settings hold %j', (value, field) => {
    const result = settingsRowSchema.safeParse({ key: 'workspace', value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['value', field]);
  });
});
