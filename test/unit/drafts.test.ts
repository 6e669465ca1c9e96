import { strict as assert } from 'assert';
import { draftAssociations, isDraft, WorkspaceIndex } from '../../server/src/service';

describe('which files are drafts', () => {
  it('.kamervragen always; associations by file name, or by path when they have a folder', () => {
    assert.equal(isDraft('/ws/a.kamervragen', []), true);
    assert.equal(isDraft('/ws/a.txt', []), false);
    assert.equal(isDraft('/ws/a.txt', ['*.txt']), true);
    assert.equal(isDraft('/ws/concepten/a.txt', ['**/concepten/*.txt']), true);
    assert.equal(isDraft('/ws/notities/a.txt', ['**/concepten/*.txt']), false);
    assert.equal(isDraft('C:\\ws\\concepten\\a.txt', ['**/concepten/*.txt']), true);
  });

  it('reads the associations of files.associations that name the language', () => {
    assert.deepEqual(draftAssociations({ '*.txt': 'kamervragen', '*.md': 'markdown', '**/concepten/*.txt': 'kamervragen' }), ['*.txt', '**/concepten/*.txt']);
    assert.deepEqual(draftAssociations(undefined), []);
  });
});

describe('workspace index', () => {
  it('keeps a zaaknummer while another draft still has it', () => {
    const index = new WorkspaceIndex();
    const text = 'Uw kenmerk 2026Z00025\n(ingezonden 3 januari 2026, 2026Z00025)';
    index.update('file:///ws/concept.kamervragen', text);
    index.update('file:///ws/oud/concept.kamervragen', text);
    index.remove('file:///ws/concept.kamervragen');
    assert.equal(index.byZaak('2026Z00025')?.uri, 'file:///ws/oud/concept.kamervragen');
    index.remove('file:///ws/oud/concept.kamervragen');
    assert.equal(index.byZaak('2026Z00025'), undefined);
  });
});
