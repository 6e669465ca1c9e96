import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { draft, withCode } from '../../helpers/draft';
import { repoRoot } from '../../helpers/paths';

const found = (text: string) => withCode(text, 'placeholder').map((d) => d.message.match(/'(.*?)'/)?.[1]);

describe('rule placeholder', () => {
  it('reports what drafters and snippets leave to fill in, as errors', () => {
    const text = draft('Ons kenmerk <invullen>', 'Uw kenmerk 2026Z00000', 'Vraag 1', '<vraag>', 'Antwoord op vraag 1', 'Het budget is PM en de datum XXX; zie [...] en <naam> (<partij>).');
    assert.deepEqual(found(text), ['<invullen>', '2026Z00000', '<vraag>', 'PM', 'XXX', '[...]', '<naam>', '<partij>']);
    assert.ok(withCode(text, 'placeholder').every((d) => d.severity === 1));
    assert.deepEqual(withCode(text, 'placeholder')[0].range, { start: { line: 0, character: 12 }, end: { line: 0, character: 22 } });
  });

  it('leaves ordinary prose, and an elision inside a quotation, alone', () => {
    const text = draft(
      'Vraag 1', 'Kent u het bericht «De minister [...] stelt dat het klopt»?', 'Antwoord op vraag 1',
      'Ja. Om 15.00 uur sprak ik de PMer niet; de IPMA en de XX-regeling en zaak 2026Z00001 zijn bekend, net als 3 < 4 > 2.',
    );
    assert.deepEqual(found(text), []);
  });

  it('finds every placeholder the snippets leave', () => {
    const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'kamervragen.json'), 'utf8')) as Record<string, { body: string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      // Expand each tab stop to its default, as VS Code inserts it.
      let body = snippet.body.join('\n');
      for (let i = 0; i < 5; i++) body = body.replace(/\$\{\d+:((?:[^${}]|\$\{[^}]*\})*)\}/g, '$1');
      const defaults = [...snippet.body.join('\n').matchAll(/\$\{\d+:(<[^>]+>|\d{4}Z00000)\}/g)].map((m) => m[1]);
      const reported = found(body);
      for (const value of defaults) assert.ok(reported.includes(value), `${name}: ${value}`);
    }
  });
});
