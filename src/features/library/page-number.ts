/** A page number from a URL segment: a whole number from 1 up, written plainly ("2", never "02"); null otherwise. */
export function parsePageNumber(segment: string | undefined): number | null {
  if (segment === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}
