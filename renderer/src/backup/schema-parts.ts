import { z } from 'zod';
import type { CurrencyConversion, DateOrder, TextEncoding } from '../../../shared/import/types';
import { isIsoDate, type IsoDate, type Money } from '../../../shared/units';

// The small pieces every backup schema is built from, so that a date, an amount or a count
// is checked the same way in every table a backup restores.

/** A real calendar date written `YYYY-MM-DD`. */
export const isoDate = z.custom<IsoDate>(
  (value) => typeof value === 'string' && isIsoDate(value),
  'expected a YYYY-MM-DD date',
);

/** A finite amount (NaN and Infinity survive JSON only as null, but a backup is untrusted). */
export const money = z.custom<Money>(
  (value) => typeof value === 'number' && Number.isFinite(value),
  'expected an amount',
);

/** Text the export may leave blank, stored as `null`. */
export const optionalText = z.string().nullable();

/** A whole number of rows, records or people. */
export const count = z.number().int().min(0);

/** An ISO 4217 code as settings and conversions store it. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code');

/** An exchange rate: how many reporting units one unit of another currency is worth. */
export const positiveRate = z.number().positive().finite();

/** The text encodings the importer reports. */
export const textEncodingSchema: z.ZodType<TextEncoding> = z.enum([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1252',
]);

/** The day/month order an import read its dates in. */
export const dateOrderSchema: z.ZodType<DateOrder> = z.enum(['mdy', 'dmy']);

/** One currency an import converted into the reporting currency. */
export const currencyConversionSchema: z.ZodType<CurrencyConversion> = z.object({
  from: currencyCode,
  to: currencyCode,
  rate: positiveRate,
  rows: count,
  amount: z.number(),
  converted: z.number(),
});
