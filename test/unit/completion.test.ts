import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Register, WorkspaceIndex, type CompletionSources } from '../../server/src/service';
import { applyEdits } from '../../server/src/service/edits';
import { completions } from '../../server/src/service/features/completion';
import { SNIPPET_PREFIXES, snippetCompletions, snippetText } from '../../server/src/service/features/snippets';
import { parseRegister } from '../../server/src/service/lookup/register';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { fillVariables, parseSnippet, renderSnippet } from '../../server/src/service/features/snippetSyntax';
import { corpusText } from '../helpers/corpus';
import { draft, dutch, TEST_TODAY } from '../helpers/draft';
import { repoRoot } from '../helpers/paths';
import { PROSE } from '../helpers/prose';

const register = new Register(parseRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.json'), 'utf8'), 'register.json', dutch).entries);
const index = new WorkspaceIndex();
index.update('file:///ws/veiligheidsregio.kamervragen', corpusText('2024Z00025-veiligheidsregio-antwoorden.txt'));
index.update('file:///ws/bunq.kamervragen', corpusText('ah-tk-20232024-2367.txt'));
index.update('file:///ws/xiaomi.kamervragen', corpusText('2021Z16201-xiaomi-antwoorden.txt'));
const sources: CompletionSources = { register, index, uri: 'file:///ws/nieuw.kamervragen', onsKenmerkPreset: 'cijfers', today: TEST_TODAY };

const ANSWERED = draft('Vraag 1', 'Klopt het?[1]', '', 'Antwoord op vraag 1', 'Ja.', '', 'Vraag 2', 'Waarom?', '', 'Antwoord op vraag 2', 'Daarom.', '', '[1] NOS, 2 januari 2026', '');

/** What completion offers at the end of `typed`, on a new line after `before`, as VS Code asks after that key. */
function offered(before: string, typed: string) {
  const parsed = parseDocument(before + typed);
  const line = parsed.lines.count - 1;
  return completions(parsed, { line, character: parsed.lines.lineText(line).length }, sources, dutch, typed.endsWith(' '));
}

const labels = (before: string, typed: string) => offered(before, typed).items.map((i) => i.label);

describe('completion never interrupts prose', () => {
  // real sentences, typed on a line of their own; here also after words that ask for a list, where the letters typed after them must not
  const sentences = [
    ...PROSE,
    'Zie ook de antwoorden op eerdere vragen over dit onderwerp.',
    'De minister van het ministerie heeft hierover een kenmerk gegeven aan de Kamer.',
    'Zoals het Kamerlid Jansen schreef: zie nr. twee van de reeks.',
  ];

  for (const sentence of sentences) {
    it(`offers nothing after any letter of "${sentence}"`, () => {
      // quick suggestions ask after a letter is typed; a space asks only the server's own lists
      for (let end = 1; end <= sentence.length; end++) {
        if (!/[\p{L}\d-]/u.test(sentence[end - 1])) continue;
        const typed = sentence.slice(0, end);
        const shown = offered(ANSWERED, typed).items.filter((item) => item.filterText !== '_');
        assert.deepEqual(shown.map((i) => i.label), [], `after "${typed}"`);
      }
    });
  }

  it('still offers the server\'s lists after the words that ask for them, filtered by what is typed since', () => {
    assert.deepEqual(labels(ANSWERED, 'Zie het antwoord op vraag '), ['1', '2']);
    assert.deepEqual(labels(ANSWERED, 'Zie het antwoord op vraag 2'), ['2']);
    assert.ok(labels(ANSWERED, 'Uw kenmerk ').includes('2024Z00025'));
    assert.ok(labels(ANSWERED, 'De minister van ').includes('Financiën'));
    assert.deepEqual(labels(ANSWERED, 'De minister van Fin'), ['Financiën']);
    assert.deepEqual(labels(ANSWERED, 'De minister van Financiën heeft'), []);
    assert.deepEqual(labels(ANSWERED, 'Zoals de NOS meldde[').slice(0, 1), ['2']);
    assert.ok(labels(ANSWERED, 'Zie ook ').includes('Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367'));
    assert.ok(labels(ANSWERED, 'Zie ook Aanhangsel Handelingen, vergaderjaar 2023').includes('Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 2367'));
    assert.deepEqual(labels(ANSWERED, 'Zie ook de'), []);
  });

  it('after "k" at the start of a line, holds one item that matches nothing: VS Code asks again for the "v"', () => {
    const { items } = offered(ANSWERED, 'k');
    assert.equal(items.length, 1);
    assert.equal(items[0].filterText, '_');
    assert.equal(items[0].textEdit.newText, 'k', 'accepting it would change nothing');
    assert.deepEqual(labels(ANSWERED, 'Zie k'), []);
    assert.deepEqual(labels(ANSWERED, 'ka'), []);
  });

  it('asks to be asked again at the next key, so its own filter decides and a late answer is asked again', () => {
    for (const typed of ['kv', 'De minister van ', 'De brief', 'k']) assert.equal(offered(ANSWERED, typed).isIncomplete, true, typed);
  });
});

describe('snippets from the server', () => {
  it('are offered at the start of a line after "kv", all of them', () => {
    assert.deepEqual(labels(ANSWERED, 'kv'), [...SNIPPET_PREFIXES]);
    assert.deepEqual(labels(ANSWERED, '  kv-br'), ['kv-brief', 'kv-brief-ek']);
    assert.deepEqual(labels(ANSWERED, 'kv-v'), ['kv-vraag', 'kv-voetnoot', 'kv-voetnoottekst']);
  });

  it('are not offered after "kv" in a sentence, nor for words that only start like it', () => {
    assert.deepEqual(labels(ANSWERED, 'Zie kv'), []);
    assert.deepEqual(labels(ANSWERED, 'KvK'), []);
    assert.deepEqual(labels(ANSWERED, 'kvk'), []);
    assert.deepEqual(labels(ANSWERED, 'kv-tk-'), []);
  });

  it('on Ctrl+Space (no word typed): all at the start of a line, the footnote marker in a sentence', () => {
    const parsed = parseDocument(`${ANSWERED}Zie de bron `);
    const line = parsed.lines.count - 1;
    assert.deepEqual(snippetCompletions(parsed, { line, character: 0 }, TEST_TODAY, dutch).map((i) => i.label), [...SNIPPET_PREFIXES]);
    assert.deepEqual(snippetCompletions(parsed, { line, character: 12 }, TEST_TODAY, dutch).map((i) => i.label), ['kv-voetnoot']);
  });

  it('kv-vraag takes the next free question number, the question text first', () => {
    const item = offered(ANSWERED, 'kv-vr').items.find((i) => i.label === 'kv-vraag')!;
    assert.equal(item.textEdit.newText, 'Vraag 3\n${1:<vraag>}\n\nAntwoord op vraag 3\n${2:<antwoord>}\n$0');
    assert.deepEqual(item.textEdit.range, { start: { line: 13, character: 0 }, end: { line: 13, character: 5 } });
    assert.equal(item.labelDetails?.description, 'Vraag 3 met antwoord');
  });

  it('kv-voetnoot takes the next number and puts its text at the end; kv-voetnoottekst the first marker without one', () => {
    const text = draft('Vraag 1', 'Klopt het?[1][2]', '', '[1] NOS', '');
    const parsed = parseDocument(text);
    const items = snippetCompletions(parsed, { line: 4, character: 0 }, TEST_TODAY, dutch);
    const marker = items.find((i) => i.label === 'kv-voetnoot')!;
    assert.equal(marker.textEdit.newText, '[3]$0');
    assert.equal(applyEdits(parsed.lines, marker.additionalTextEdits!), draft('Vraag 1', 'Klopt het?[1][2]', '', '[1] NOS', '[3] <invullen>', ''));
    assert.equal(items.find((i) => i.label === 'kv-voetnoottekst')!.textEdit.newText, '[${1:2}] ${2:<bron>}$0');
  });

  it('kv-kop after the cover letter fills in the askers, subject and date from it', () => {
    const letter = draft(
      'Datum 20 januari 2026',
      "Betreft Antwoorden Kamervragen over camera's op straat",
      '',
      'Geachte Voorzitter,',
      '',
      "Hierbij zend ik u, mede namens de minister van Financiën, de antwoorden op de vragen van het lid Jansen (VVD) over camera's op straat (ingezonden 3 januari 2026, 2026Z00025).",
      '',
      'De minister van Justitie en Veiligheid,',
      '',
      '',
    );
    const heading = snippetText(parseDocument(letter), 'kv-kop', TEST_TODAY)!.split('\n')[0];
    assert.equal(heading, "Vragen van het lid Jansen (VVD) aan de ${4|minister,staatssecretaris|} van ${5:<ministerie>} over ${6:camera's op straat} (ingezonden ${7:3 januari 2026}).");
  });

  it('kv-kop without a letter leaves the askers to choose and fill in', () => {
    const heading = snippetText(parseDocument(''), 'kv-kop', TEST_TODAY)!.split('\n')[0];
    assert.equal(heading, 'Vragen van ${1|het lid,de leden|} ${2:<naam>} (${3:<partij>}) aan de ${4|minister,staatssecretaris|} van ${5:<ministerie>} over ${6:<onderwerp>} (ingezonden ${7:<datum>}).');
  });

  it('writes today in Dutch, and escapes what it copies from the document', () => {
    assert.match(snippetText(parseDocument(''), 'kv-brief', TEST_TODAY)!, /^Datum \$\{2:10 februari 2026\}$/m);
    const odd = draft('Vragen van het lid A (B) aan de minister over $100 en {x} (ingezonden 3 januari 2026).');
    assert.match(snippetText(parseDocument(odd), 'kv-mededeling', TEST_TODAY)!, /over \$\{4:\\\$100 en \{x\\\}\}/);
  });

  it('shows what each inserts, and every snippet has a description', () => {
    const items = snippetCompletions(parseDocument(ANSWERED), { line: 13, character: 0 }, TEST_TODAY, dutch);
    for (const item of items) assert.ok(item.labelDetails?.description && item.labelDetails.description !== item.label, item.label);
    const nieuw = items.find((i) => i.label === 'kv-nieuw')!;
    const preview = typeof nieuw.documentation === 'string' ? nieuw.documentation : nieuw.documentation!.value;
    assert.match(preview, /Vragen van het lid <naam> \(<partij>\) aan de minister van <ministerie> over <onderwerp> \(ingezonden <datum>\)\./);
  });
});

describe('snippet syntax', () => {
  it('writes a snippet back as it was when no variable is known', () => {
    const source = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'kamervragen.json'), 'utf8')) as Record<string, { body: string[] }>;
    for (const { body } of Object.values(source)) {
      const text = body.join('\n');
      assert.equal(fillVariables(parseSnippet(text), () => undefined), text);
    }
  });

  it('renders choices, defaults and mirrors as VS Code inserts them', () => {
    assert.equal(renderSnippet(parseSnippet('De ${1|minister,staatssecretaris|}: ${2:a ${3:b}} $2 ${1} \\$5 ${KV_X:c} $0')), 'De minister: a b a b minister $5 c ');
  });

  it('keeps a transform as written', () => {
    const text = 'aan de ${1/^De (.*)$/${1:/downcase}/}';
    assert.equal(fillVariables(parseSnippet(text), () => undefined), text);
  });
});
