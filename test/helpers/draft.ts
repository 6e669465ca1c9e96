import { checkDocument, checkInputs, createMessages, mergeConfig, parseDocument, type CalendarDate, type CheckInputs, type ConfigLayer, type Diagnostic, type DocumentModel } from '../../server/src/service';

/** Builds a draft from lines, so tests read like the documents they describe. */
export function draft(...lines: string[]): string {
  return lines.join('\n');
}

export function model(text: string): DocumentModel {
  return parseDocument(text).model;
}

/** The day the tests count deadlines to, unless a test says otherwise. */
export const TEST_TODAY: CalendarDate = { year: 2026, month: 2, day: 10 };

/** The messages in Dutch, the language the tests read unless they say otherwise. */
export const dutch = createMessages();

/** The check's inputs as the CLI and the server build them, from a configuration layer. */
export function inputs(layer: ConfigLayer = {}, today: CalendarDate = TEST_TODAY, isKnownZaak?: (zaak: string) => boolean): CheckInputs {
  return checkInputs(mergeConfig(layer), today, isKnownZaak);
}

export function diagnostics(text: string, layer?: ConfigLayer): Diagnostic[] {
  return checkDocument(parseDocument(text), inputs(layer), dutch);
}

export function codes(text: string, layer?: ConfigLayer): string[] {
  return diagnostics(text, layer).map((d) => d.code);
}

export function withCode(text: string, code: string): Diagnostic[] {
  return diagnostics(text).filter((d) => d.code === code);
}
