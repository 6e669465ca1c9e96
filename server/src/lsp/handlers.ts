import { isAbsolute } from 'path';
import { CompletionTriggerKind, ErrorCodes, ResponseError, type CodeAction, type Connection } from 'vscode-languageserver/node';
import { Notifications, Requests, type CheckProgress, type CheckWorkspaceResult, type ExportWordParams, type ExportWordResult, type ImportRegisterParams, type ImportRegisterResult, type NewFromQuestionsParams, type NewFromQuestionsResult, type SearchEarlierAnswersParams, type ServerInfo, type SnippetParams, type UriParams } from '../protocol';
import type { EarlierAnswer } from '../service';
import { isTooLargeDraft, MAX_DRAFT_MEGABYTES, WriteRefused } from '../files';
import { describeImportRefusal, importRegister } from '../openData/importRegister';
import { createWordRunner, exportToWord, newFromQuestions } from '../word';
import type { OpenDocuments, ServerDeps } from './context';
import type { Knowledge } from './knowledge';
import type { Notices } from './notices';
import type { Settings } from './settings';
import type { Validation } from './validation';
import { pathOf, TOO_LARGE, type WorkspaceFiles } from './workspaceFiles';

/** A query longer than this is cut: nobody types more into a quick pick. */
const MAX_QUERY = 500;

interface Parts {
  connection: Connection;
  documents: OpenDocuments;
  settings: Settings;
  knowledge: Knowledge;
  validation: Validation;
  files: WorkspaceFiles;
  notices: Notices;
  deps: ServerDeps;
}

/**
 * The LSP requests, each a call into the language service: the service in the document's language
 * where the answer is text a drafter reads; any one (`languageFree`) for positions, counts and the
 * text put into the draft, which are the same in every language.
 */
export function registerHandlers({ connection, documents, settings, knowledge, validation, files, notices, deps }: Parts): void {
  const languageFree = settings.dutch;
  const parsedOf = (uri: string) => {
    const document = documents.get(uri);
    return document && { document, parsed: documents.parsed(document) };
  };
  /** The open document, its parse and what stands at the position, if anything. */
  const targetOf = async (params: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
    const open = parsedOf(params.textDocument.uri);
    if (!open) return undefined;
    const target = languageFree.targetAt(open.parsed, params.position);
    return target && { ...open, target };
  };
  const sourcesFor = async (uri: string) => knowledge.sourcesFor(uri, await settings.configFor(uri), deps.today());

  connection.onDocumentSymbol(async (params) => {
    const open = parsedOf(params.textDocument.uri);
    if (!open) return [];
    return (await settings.serviceFor(open.document.uri)).documentSymbols(open.parsed);
  });
  connection.onFoldingRanges((params) => {
    const open = parsedOf(params.textDocument.uri);
    return open ? languageFree.foldingRanges(open.parsed) : [];
  });

  connection.onCodeAction(async (params) => {
    const open = parsedOf(params.textDocument.uri);
    if (!open) return [];
    const service = await settings.serviceFor(open.document.uri);
    return service.codeActions(open.parsed, params.context.diagnostics, params.context.only, params.range).map(
      (fix): CodeAction => ({ title: fix.title, kind: fix.kind, isPreferred: fix.isPreferred, diagnostics: fix.diagnostics as CodeAction['diagnostics'], edit: { changes: { [open.document.uri]: fix.edits } } }),
    );
  });

  connection.onCompletion(async (params) => {
    const open = parsedOf(params.textDocument.uri);
    if (!open) return [];
    const config = await settings.configFor(open.document.uri);
    const service = settings.serviceOf(config);
    const sources = service.completionNeedsSources(open.parsed, params.position) ? await knowledge.sourcesFor(open.document.uri, config, deps.today()) : { today: deps.today() };
    // A space asks only for what the server knows here; snippets come on a typed word or Ctrl+Space.
    const afterSpace = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && params.context.triggerCharacter === ' ';
    return service.completions(open.parsed, params.position, sources, { afterSpace });
  });

  connection.onHover(async (params) => {
    const found = await targetOf(params);
    if (!found) return null;
    const { document, parsed, target } = found;
    const service = await settings.serviceFor(document.uri);
    const text = service.hover(parsed, target, target.kind === 'kenmerk' ? await sourcesFor(document.uri) : undefined);
    return text ? { contents: { kind: 'markdown', value: text }, range: target.range } : null;
  });

  connection.onDefinition(async (params) => {
    const found = await targetOf(params);
    if (!found) return null;
    const { document, parsed, target } = found;
    if (target.kind === 'kenmerk') {
      // a zaaknummer or citation leads to the workspace document that holds it
      const index = (await sourcesFor(document.uri)).index;
      const holder = index?.byZaak(target.kenmerk.value) ?? index?.byCitation(target.kenmerk.value);
      return holder && holder.uri !== document.uri ? [{ uri: holder.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] : null;
    }
    return languageFree.definitions(parsed, target).map((range) => ({ uri: document.uri, range }));
  });

  connection.onReferences(async (params) => {
    const found = await targetOf(params);
    if (!found) return null;
    return languageFree
      .occurrences(found.parsed, found.target)
      .filter((o) => params.context.includeDeclaration || !o.isDefinition)
      .map((o) => ({ uri: found.document.uri, range: o.range }));
  });

  connection.onDocumentHighlight(async (params) => {
    const found = await targetOf(params);
    // DocumentHighlightKind: 3 = Write (the definition), 2 = Read (a use)
    return found ? languageFree.occurrences(found.parsed, found.target).map((o) => ({ range: o.range, kind: o.isDefinition ? 3 : 2 })) : null;
  });

  connection.onPrepareRename((params) => {
    const open = parsedOf(params.textDocument.uri);
    return (open && languageFree.prepareRename(open.parsed, params.position)) ?? null;
  });

  connection.onRenameRequest(async (params) => {
    const open = parsedOf(params.textDocument.uri);
    if (!open) return null;
    const edits = (await settings.serviceFor(open.document.uri)).rename(open.parsed, params.position, params.newName);
    if ('error' in edits) throw new ResponseError(ErrorCodes.InvalidRequest, edits.error);
    return { changes: { [open.document.uri]: edits } };
  });

  connection.onRequest(Requests.serverInfo, (): ServerInfo => ({ pid: process.pid, version: deps.version }));

  /** Citations and zaaknummers that name another draft of the workspace: links that open it. */
  connection.onDocumentLinks(async (params) => {
    const open = parsedOf(params.textDocument.uri);
    if (!open) return null;
    const { index } = await sourcesFor(open.document.uri);
    if (!index) return null;
    const service = await settings.serviceFor(open.document.uri);
    return service.documentLinks(open.parsed, index, open.document.uri).map((link) => ({ range: link.range, target: link.target, tooltip: link.tooltip }));
  });

  /** "Eerder antwoord zoeken": what the registers and the workspace hold that matches the words, best first. */
  connection.onRequest(Requests.searchEarlierAnswers, async (params: SearchEarlierAnswersParams): Promise<EarlierAnswer[]> => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const query = typeof params?.query === 'string' ? params.query.slice(0, MAX_QUERY) : '';
    const config = await settings.configFor(uri);
    const sources = await knowledge.searchSourcesFor(uri, config, deps.today());
    return settings.serviceOf(config).searchEarlierAnswers(query, { register: sources.register, index: sources.index, uri });
  });

  /** A register from pages of the open data the drafter picked, written where the save dialog said. */
  connection.onRequest(Requests.importRegister, async (params: ImportRegisterParams): Promise<ImportRegisterResult> => {
    const service = await settings.serviceFor(''); // the workspace's language
    const { messages } = service;
    const pages = Array.isArray(params?.files) ? params.files.filter((file): file is string => typeof file === 'string' && isAbsolute(file)) : [];
    // the client's dialogs give full paths; anything else is no file name
    if (pages.length === 0 || typeof params.target !== 'string' || !isAbsolute(params.target)) return { error: messages.writeNoName(), problems: [] };
    try {
      const result = await importRegister(pages, params.target, true /* the save dialog has asked */, service);
      if (result.written) return { written: result.written, zaken: result.zaken, items: result.items, problems: result.problems, shortened: result.shortened };
      // why nothing was written, in the message itself: the first file or item and its reason
      const [first, ...more] = result.problems;
      return { error: [messages.openDataNothing(result.items), first, more.length > 0 && messages.openDataMore(more.length)].filter(Boolean).join(' '), problems: result.problems };
    } catch (error) {
      if (error instanceof WriteRefused) return { error: describeImportRefusal(error, messages), problems: [] };
      throw error;
    }
  });

  /** Word files are read and written in a process of their own, one job at a time. */
  const word = createWordRunner();

  /** A draft from the questions: nothing is written; the client opens it as a new, unsaved document. */
  connection.onRequest(Requests.newFromQuestions, async (params: NewFromQuestionsParams): Promise<NewFromQuestionsResult> => {
    const service = await settings.serviceFor(''); // a new draft has no folder yet: the workspace's language
    const { messages } = service;
    const path = params?.path;
    if (path !== undefined && (typeof path !== 'string' || path === '')) return { error: messages.writeNoName() };
    const text = typeof params?.text === 'string' ? params.text : '';
    const draft = await newFromQuestions(path !== undefined ? { path } : { text }, { today: deps.today(), service, word });
    return 'problem' in draft ? { error: draft.problem } : draft;
  });

  /** The edits that turn the open draft's pasted footnotes into "[n]" (empty: none to convert). */
  connection.onRequest(Requests.convertFootnotes, async (params: UriParams) => {
    const open = typeof params?.uri === 'string' ? parsedOf(params.uri) : undefined;
    return open ? (await settings.serviceFor(open.document.uri)).convertFootnotes(open.parsed) : [];
  });

  /** The open draft as a Word letter; while it has errors, only when the drafter says so. */
  connection.onRequest(Requests.exportWord, async (params: ExportWordParams): Promise<ExportWordResult> => {
    const open = typeof params?.uri === 'string' ? parsedOf(params.uri) : undefined;
    const service = await settings.serviceFor(open ? open.document.uri : ''); // the draft's language, or the workspace's
    const { messages } = service;
    if (!open) return { error: messages.draftNotOpen(String(params?.uri)) };
    if (documents.tooLarge(open.document)) return { error: messages.draftTooLarge(MAX_DRAFT_MEGABYTES) };
    const target = params.target;
    // the client's save dialog gives a full path; anything else is no file name
    if (typeof target !== 'string' || !isAbsolute(target)) return { error: messages.writeNoName() };
    const template = typeof params.template === 'string' && params.template !== '' ? params.template : undefined;
    const result = await exportToWord(
      {
        parsed: open.parsed,
        draftPath: pathOf(open.document.uri),
        target,
        replace: true, // the save dialog has asked
        force: params.force === true,
        templatePath: template,
        diagnostics: () => validation.diagnosticsFor(open.document.uri, () => open.parsed),
      },
      { service, word },
    );
    if ('errors' in result) return { errors: result.errors.map((d) => messages.exportError(d.range.start.line, d.message)) };
    return 'problem' in result ? { error: result.problem } : result;
  });

  connection.onRequest(Requests.status, async (params: UriParams) => {
    const open = parsedOf(params.uri);
    if (!open) return null;
    const config = await settings.configFor(params.uri);
    return languageFree.status(open.parsed, deps.today(), config.answerTerms);
  });

  connection.onRequest(Requests.snippet, (params: SnippetParams) => {
    const open = parsedOf(params.uri);
    return (open && languageFree.snippet(open.parsed, params.prefix, deps.today())) ?? null;
  });

  connection.onRequest(Requests.mededeling, (params: UriParams) => {
    const open = parsedOf(params.uri);
    return open ? languageFree.mededeling(open.parsed, 'snippet') : null;
  });

  /**
   * Checks every draft of the workspace with the same inputs as an open document, publishes the
   * diagnostics (so they appear in the Problems panel), reports progress and stops when cancelled.
   */
  connection.onRequest(Requests.checkWorkspace, async (_params: unknown, token): Promise<CheckWorkspaceResult> => {
    const uris = await files.drafts();
    const { messages } = await settings.serviceFor(''); // the workspace's language for what goes wrong
    const result: CheckWorkspaceResult = { checked: 0, total: uris.length, problems: 0, errors: 0, cancelled: false };
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      try {
        const open = documents.get(uri);
        const text = open ? open.getText() : await files.read(uri);
        if (text === TOO_LARGE || (typeof text === 'string' && isTooLargeDraft(text))) {
          result.problems += 1; // the warning that it is not checked
          await connection.sendDiagnostics({ uri, diagnostics: await validation.tooLargeDiagnostics(uri) });
        } else if (text !== undefined) {
          const diagnostics = await validation.diagnosticsFor(uri, () => (open ? documents.parsed(open) : languageFree.parse(text)));
          result.problems += diagnostics.length;
          result.errors += diagnostics.filter((d) => d.severity === 1).length;
          await connection.sendDiagnostics({ uri, diagnostics });
        }
      } catch (error) {
        connection.console.warn(`kamervragen: ${messages.checkFailed(uri, error instanceof Error ? error.message : String(error))}`);
      }
      result.checked++;
      const progress: CheckProgress = { checked: result.checked, total: uris.length };
      notices.detach(() => connection.sendNotification(Notifications.checkProgress, progress), 'progress');
      await new Promise((resolve) => setImmediate(resolve)); // let a cancellation arrive
    }
    result.cancelled = token.isCancellationRequested;
    return result;
  });
}
