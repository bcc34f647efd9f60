const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-09-08" as "8 September 2026", the same on the server and in every browser time zone. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** "1 min read", "12 min read". */
export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, minutes)} min read`;
}
