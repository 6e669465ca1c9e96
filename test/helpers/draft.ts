import { checkDocument, parseDocument, type CheckSettings, type Diagnostic, type DocumentModel } from '../../server/src/service';

/** Builds a draft from lines, so tests read like the documents they describe. */
export function draft(...lines: string[]): string {
  return lines.join('\n');
}

export function model(text: string): DocumentModel {
  return parseDocument(text).model;
}

export function diagnostics(text: string, settings?: CheckSettings): Diagnostic[] {
  return checkDocument(parseDocument(text), settings);
}

export function codes(text: string, settings?: CheckSettings): string[] {
  return diagnostics(text, settings).map((d) => d.code);
}

export function withCode(text: string, code: string): Diagnostic[] {
  return diagnostics(text).filter((d) => d.code === code);
}
