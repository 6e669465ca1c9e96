import { footnoteKey } from '../model';
import { footnoteData, footnoteDataOf, renumberFor, type FootnoteData } from './footnoteData';
import { defineRule, type Finding } from './rule';

/** The same footnote number defined twice. */
export const duplicateFootnote = defineRule<'duplicate-footnote', FootnoteData>({
  code: 'duplicate-footnote',
  defaultSeverity: 'warning',
  description: { nl: 'Een voetnootnummer met twee voetnootteksten.', en: 'A footnote number defined twice.' },
  check(model, { messages }) {
    const firstLine = new Map<string, number>();
    const findings: Array<Finding<FootnoteData>> = [];
    for (const definition of model.footnoteDefinitions) {
      const key = footnoteKey(definition);
      const first = firstLine.get(key);
      if (first === undefined) firstLine.set(key, definition.line);
      else findings.push({ range: definition.range, message: messages.duplicateFootnote(definition.series, definition.number, first), data: footnoteData(definition) });
    }
    return findings;
  },
  fixes(parsed, diagnostic, messages) {
    const data = footnoteDataOf(diagnostic);
    return data ? renumberFor(parsed, data, messages) : [];
  },
});
