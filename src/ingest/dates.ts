/** Publication dates as they arrive from front matter, meta tags and feeds → YYYY-MM-DD or null. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function normaliseDate(value: string | Date): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const s = value.trim();
  const m = ISO_DAY.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDay(y, mo, d) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  // RFC 822 / free-form dates from feeds and meta tags ("Tue, 25 Nov 2025 10:00:00 GMT").
  if (!/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
