import { checkInputs, createLanguageService, mergeConfig, type CalendarDate, type CheckInputs, type ConfigLayer, type Diagnostic, type DocumentModel } from '../../server/src/service';

/** Builds a draft from lines, so tests read like the documents they describe. */
export function draft(...lines: string[]): string {
  return lines.join('\n');
}

/** The language service in Dutch, the language the tests read unless they say otherwise. */
export const service = createLanguageService();

/** Its messages, for the tests of a unit that is given them. */
export const dutch = service.messages;

export function model(text: string): DocumentModel {
  return service.parse(text).model;
}

/** The day the tests count deadlines to, unless a test says otherwise. */
export const TEST_TODAY: CalendarDate = { year: 2026, month: 2, day: 10 };

/** The check's inputs as the CLI and the server build them, from a configuration layer. */
export function inputs(layer: ConfigLayer = {}, today: CalendarDate = TEST_TODAY, isKnownZaak?: (zaak: string) => boolean): CheckInputs {
  return checkInputs(mergeConfig(layer), today, isKnownZaak);
}

export function diagnostics(text: string, layer?: ConfigLayer): Diagnostic[] {
  return service.check(service.parse(text), inputs(layer));
}

export function codes(text: string, layer?: ConfigLayer): string[] {
  return diagnostics(text, layer).map((d) => d.code);
}

export function withCode(text: string, code: string): Diagnostic[] {
  return diagnostics(text).filter((d) => d.code === code);
}
