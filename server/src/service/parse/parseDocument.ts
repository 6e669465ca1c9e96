import { TextLines } from '../text/lines';
import type { DocumentModel } from '../model';
import { classifyLine, hasNoBreakSpaces, normalizeLine } from './lineKinds';
import { closeSections, LineRole, readStructure, setOf } from './structure';
import { readFootnotes } from './footnotes';
import { readCrossReferences } from './crossReferences';
import { readKenmerken } from './kenmerken';
import { readLetter, readNonexistentDates } from './letter';
import { readPlaceholders } from './placeholders';

export interface ParsedDocument {
  lines: TextLines;
  model: DocumentModel;
}

/** text -> lines -> line kinds -> structure (headings) -> footnotes and references -> model. */
export function parseDocument(text: string): ParsedDocument {
  const lines = new TextLines(text);
  const normalized = new Array(lines.count);
  const kinds = new Array(lines.count);
  const noBreakSpaces = hasNoBreakSpaces(text);
  for (let i = 0; i < lines.count; i++) {
    normalized[i] = normalizeLine(lines.lineText(i), noBreakSpaces);
    kinds[i] = classifyLine(normalized[i]);
  }
  const structure = readStructure(lines, normalized, kinds);

  // Markers may stand in a heading line's own text ("1. Bent u bekend ...?1"), never in the heading.
  const scanFrom = new Array<number>(lines.count).fill(0);
  for (const heading of structure.questionHeadings) {
    scanFrom[heading.line] = heading.style === 'numbered-item' ? heading.range.end.character - normalized[heading.line].offset : normalized[heading.line].text.length;
  }
  for (const answer of structure.answers) if (answer.hasHeading) scanFrom[answer.line] = normalized[answer.line].text.length;
  for (const mededeling of structure.mededelingen) scanFrom[mededeling.line] = normalized[mededeling.line].text.length;

  const footnotes = readFootnotes(lines, normalized, structure.roles, scanFrom);
  const endBlocks = footnotes.definitions.filter((d) => d.series !== 'superscript').map((d) => d.line);
  const sections = closeSections(lines, structure, endBlocks);

  return {
    lines,
    model: {
      questionHeadings: sections.questionHeadings,
      answers: sections.answers,
      mededelingen: sections.mededelingen,
      footnoteMarkers: footnotes.markers,
      footnoteDefinitions: footnotes.definitions,
      crossReferences: readCrossReferences(lines, structure.roles, (line) => setOf(structure.setStarts, line)),
      kenmerken: readKenmerken(lines),
      letter: readLetter(lines),
      nonexistentDates: readNonexistentDates(lines),
      postponed: structure.mededelingen.length > 0 && structure.answers.length === 0 && structure.questionHeadings.length > 0,
      placeholders: readPlaceholders(lines),
    },
  };
}

export { LineRole };
