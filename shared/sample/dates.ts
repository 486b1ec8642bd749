import { dayNumber, fromDayNumber } from '../calendar';
import type { IsoDate } from '../units';

// The sample moves tens of thousands of dates around a few hundred distinct days: remembering
// each day's number and each number's date saves building a Date for every one.
const numbers = new Map<string, number>();
const dates = new Map<number, IsoDate>();

function numberOf(date: IsoDate): number {
  let n = numbers.get(date);
  if (n === undefined) {
    n = dayNumber(date);
    numbers.set(date, n);
  }
  return n;
}

function dateOf(n: number): IsoDate {
  let date = dates.get(n);
  if (date === undefined) {
    date = fromDayNumber(n);
    dates.set(n, date);
  }
  return date;
}

/** The date `n` days after `date` (before it when n is negative); `addDays`, remembered. */
export function shiftDays(date: IsoDate, n: number): IsoDate {
  return dateOf(numberOf(date) + n);
}

/** `b − a` in whole days; `daysBetween`, remembered. */
export function daysFrom(a: IsoDate, b: IsoDate): number {
  return numberOf(b) - numberOf(a);
}
