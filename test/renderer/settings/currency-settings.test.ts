import 'fake-indexeddb/auto';
import '../data/browser-globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../renderer/src/backup/backup-file';
import { settingsRowSchema } from '../../../renderer/src/backup/row-schemas';
import { createBackup, restoreBackup } from '../../../renderer/src/backup/workspace-backup';
import { QuarterdeckDb } from '../../../renderer/src/data/db';
import { completeSettings } from '../../../renderer/src/data/schema';
import { saveSettings, updateSettings } from '../../../renderer/src/data/store';
import { CurrencyCard } from '../../../renderer/src/settings/CurrencyCard';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';

const opened: QuarterdeckDb[] = [];
let counter = 0;

function freshDb(): QuarterdeckDb {
  counter += 1;
  const database = new QuarterdeckDb(`currency-settings-test-${counter}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

describe('currency settings in the workspace', () => {
  it('gives settings written before currencies no reporting currency and no rates', () => {
    const completed = completeSettings({ fiscalYearStartMonth: 4 });
    expect(completed.currency).toEqual({ reporting: null, rates: {} });
    // A copy: editing one workspace's rates can never change the defaults.
    expect(completed.currency.rates).not.toBe(DEFAULT_SETTINGS.currency.rates);
  });

  it('keeps the rates a workspace saved', () => {
    const currency = { reporting: 'USD', rates: { EUR: 1.0823 } };
    expect(completeSettings({ currency }).currency).toEqual(currency);
  });

  it('stores the rates the card saves through updateSettings, keeping the other settings', async () => {
    const database = freshDb();
    await saveSettings({ ...DEFAULT_SETTINGS, lookbackDays: 90 }, database);
    const saved = await updateSettings(
      (current) => ({ ...current, currency: { reporting: 'USD', rates: { EUR: 1.0823 } } }),
      database,
    );
    expect(saved.lookbackDays).toBe(90);
    expect((await database.settings.get('workspace'))?.value.currency).toEqual({
      reporting: 'USD',
      rates: { EUR: 1.0823 },
    });
  });
});

describe('restoring the settings of a backup', () => {
  it('accepts settings from before currencies, completing them with the defaults', () => {
    const parsed = settingsRowSchema.parse({ key: 'workspace', value: { lookbackDays: 90 } });
    expect(parsed.value).toEqual({ ...DEFAULT_SETTINGS, lookbackDays: 90 });
  });

  it('keeps valid currency settings', () => {
    const currency = { reporting: 'EUR', rates: { USD: 0.924, GBP: 1.17 } };
    const parsed = settingsRowSchema.parse({ key: 'workspace', value: { currency } });
    expect(parsed.value.currency).toEqual(currency);
  });

  it('refuses a rate that is not positive and a code that is not three capitals', () => {
    const negative = { reporting: 'USD', rates: { EUR: -1 } };
    expect(
      settingsRowSchema.safeParse({ key: 'workspace', value: { currency: negative } }).success,
    ).toBe(false);
    const lower = { reporting: 'usd', rates: {} };
    expect(
      settingsRowSchema.safeParse({ key: 'workspace', value: { currency: lower } }).success,
    ).toBe(false);
  });

  it('restores a whole backup whose settings have no currency field', async () => {
    const source = freshDb();
    // Settings as a version before currencies wrote them: every other field, no `currency`.
    const old: Partial<Settings> = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 };
    delete old.currency;
    await source.settings.put({ key: 'workspace', value: old as Settings });
    const text = await (await createBackup(source)).text();
    expect(text).not.toContain('"currency"');
    const target = freshDb();
    await restoreBackup(parseBackup(text, 'old.json'), target);
    expect((await target.settings.get('workspace'))?.value).toEqual({
      ...DEFAULT_SETTINGS,
      fiscalYearStartMonth: 7,
    });
  });
});

describe('the Currencies card', () => {
  it('shows the reporting currency, one row per rate, the add button and the save state', () => {
    const html = renderToStaticMarkup(
      createElement(CurrencyCard, {
        currency: { reporting: 'USD', rates: { GBP: 1.271, EUR: 1.0823 } },
      }),
    );
    expect(html).toContain('data-testid="currency-reporting"');
    expect(html).toMatch(
      /data-testid="currency-reporting"[^>]*value="USD"|value="USD"[^>]*data-testid="currency-reporting"/,
    );
    expect(html.match(/data-testid="currency-rate-row"/g)).toHaveLength(2);
    expect(html).toContain('value="1.0823"');
    expect(html.indexOf('value="EUR"')).toBeLessThan(html.indexOf('value="GBP"'));
    expect(html).toContain('data-testid="currency-add"');
    expect(html).toContain('Changes save as you make them.');
  });

  it('invites a first rate when there are none', () => {
    const html = renderToStaticMarkup(
      createElement(CurrencyCard, { currency: { reporting: null, rates: {} } }),
    );
    expect(html).not.toContain('data-testid="currency-rate-row"');
    expect(html).toContain('No rates yet.');
  });
});
