import type { DocumentModel } from '../model';
import { questionNumbers } from '../model';

/** The structure as the CLI's --json prints it and expected.json annotates it. */
export interface StructureSummary {
  questions: number[];
  answerGroups: number[][];
  footnoteMarkers: string[];
  footnoteDefinitions: string[];
  crossReferences: number[][];
}

function distinct(labels: string[]): string[] {
  return [...new Set(labels)];
}

export function summarizeStructure(model: DocumentModel): StructureSummary {
  return {
    questions: questionNumbers(model),
    answerGroups: model.answers.map((answer) => [...answer.numbers]),
    footnoteMarkers: distinct(model.footnoteMarkers.map((marker) => marker.label)),
    footnoteDefinitions: distinct(model.footnoteDefinitions.map((definition) => definition.label)),
    crossReferences: model.crossReferences.map((reference) => [...reference.numbers]),
  };
}
