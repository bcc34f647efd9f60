import { longDate } from './format.ts';

/** A moment (ms since 1970) as "8 September 2026" in the reader's time zone: only ever rendered after hydration. */
export function formatDay(time: number): string {
  const date = new Date(time);
  return longDate(date.getFullYear(), date.getMonth(), date.getDate());
}

/** "less than a minute left", "1 min left", "12 min left". */
export function formatMinutesLeft(minutes: number): string {
  return minutes < 1 ? 'less than a minute left' : `${minutes} min left`;
}
