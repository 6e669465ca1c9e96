import type { DocumentModel } from '../model';

/** The structure as the CLI's --json prints it and expected.json annotates it. */
export interface StructureSummary {
  /** Question numbers as printed; a sub-question is a string ("2a"). */
  questions: QuestionId[];
  answerGroups: QuestionId[][];
  footnoteMarkers: string[];
  footnoteDefinitions: string[];
  crossReferences: QuestionId[][];
}

type QuestionId = number | string;

function ids(labels: string[]): QuestionId[] {
  return labels.map((label) => (/^\d+$/.test(label) ? Number(label) : label));
}

function distinct(labels: string[]): string[] {
  return [...new Set(labels)];
}

export function summarizeStructure(model: DocumentModel): StructureSummary {
  return {
    questions: model.questionHeadings.flatMap((heading) => ids(heading.labels)),
    answerGroups: model.answers.map((answer) => ids(answer.labels)),
    footnoteMarkers: distinct(model.footnoteMarkers.map((marker) => marker.label)),
    footnoteDefinitions: distinct(model.footnoteDefinitions.map((definition) => definition.label)),
    crossReferences: model.crossReferences.map((reference) => ids(reference.labels)),
  };
}
