import { describe, expect, it } from 'vitest';
import { formatDate, formatReadingTime } from '../../../src/lib/format.ts';
import { formatDay, formatMinutesLeft } from '../../../src/lib/format-time.ts';

const intlLong = (date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);

describe('formatDate', () => {
  it('writes an ISO date in full, as en-GB does', () => {
    expect(formatDate('2026-09-08')).toBe('8 September 2026');
    expect(formatDate('2025-01-31')).toBe('31 January 2025');
    expect(formatDate('2024-12-01')).toBe('1 December 2024');
  });

  it('agrees with Intl for every month', () => {
    for (let month = 1; month <= 12; month += 1) {
      const iso = `2026-${String(month).padStart(2, '0')}-15`;
      expect(formatDate(iso)).toBe(intlLong(new Date(`${iso}T00:00:00Z`), 'UTC'));
    }
  });

  it('gives back what is not a date as it came', () => {
    expect(formatDate('someday')).toBe('someday');
  });
});

describe('formatDay', () => {
  it('writes a moment as its day in the local time zone', () => {
    const moment = new Date(2026, 2, 9, 23, 30).getTime();
    expect(formatDay(moment)).toBe('9 March 2026');
    expect(formatDay(moment)).toBe(intlLong(new Date(moment)));
  });
});

describe('reading times', () => {
  it('never says less than a minute to read, and says so when under a minute is left', () => {
    expect(formatReadingTime(0)).toBe('1 min read');
    expect(formatReadingTime(12)).toBe('12 min read');
    expect(formatMinutesLeft(0.4)).toBe('less than a minute left');
    expect(formatMinutesLeft(3)).toBe('3 min left');
  });
});
