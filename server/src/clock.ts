import { calendarDate, type CalendarDate } from './service';

/**
 * The one clock of the CLI and the server (the language service has none).
 * KAMERVRAGEN_TODAY=2026-02-10 fixes the date the deadline is counted to (reproducible runs).
 */
export function parseIsoDate(value: string | undefined): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

export function clockFromEnvironment(value = process.env.KAMERVRAGEN_TODAY): () => CalendarDate {
  const fixed = parseIsoDate(value);
  return () => fixed ?? calendarDate(new Date());
}
