/**
 * Dates as Dutch letters write them: "3 januari 2024", "22 november 2026". Month names are Dutch
 * whatever the editor's display language is.
 */

export const DUTCH_MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export const DUTCH_DATE = new RegExp(`\\b(\\d{1,2})\\s+(${DUTCH_MONTHS.join('|')})\\s+(\\d{4})\\b`, 'i');

export function formatDutchDate(date: CalendarDate): string {
  return `${date.day} ${DUTCH_MONTHS[date.month - 1]} ${date.year}`;
}

/** The calendar day of a moment, in local time; the adapters own the clock and call this. */
export function calendarDate(moment: Date): CalendarDate {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** Whether the date exists: "31 februari 2024" does not. */
export function isRealDate(date: CalendarDate): boolean {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return utc.getUTCFullYear() === date.year && utc.getUTCMonth() === date.month - 1 && utc.getUTCDate() === date.day;
}

/** Parses "3 januari 2024" (case-insensitive); undefined when it is not a Dutch date. */
export function parseDutchDate(text: string): CalendarDate | undefined {
  const match = DUTCH_DATE.exec(text);
  if (!match) return undefined;
  return { day: Number(match[1]), month: DUTCH_MONTHS.indexOf(match[2].toLowerCase() as (typeof DUTCH_MONTHS)[number]) + 1, year: Number(match[3]) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86400000);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}
