// Files as the page receives them, named as the CLI names a corpus folder's files.
import { describe, expect, it } from 'vitest';
import { fileFromText, filesFromList } from '../../../src/lib/texts/collect-files';

/** A File as a folder picker gives it: its path under the chosen folder in webkitRelativePath. */
function picked(path: string, text: string): File {
  const file = new File([text], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

describe('filesFromList', () => {
  it('names picked files by their path under the folder, sorted, hidden files and folders left out', async () => {
    const files = await filesFromList([
      picked('mes-textes/2024/bilan.md', '# Bilan'),
      picked('mes-textes/.DS_Store', 'x'),
      picked('mes-textes/.git/config', 'x'),
      picked('mes-textes/a.txt', 'L’économie')
    ]);
    expect(files.map((file) => file.name)).toEqual(['mes-textes/2024/bilan.md', 'mes-textes/a.txt']);
    expect(new TextDecoder().decode(files[1].bytes)).toBe('L’économie');
  });

  it('names files picked alone by their name', async () => {
    const files = await filesFromList([new File(['x'], 'rapport.pdf'), new File(['y'], 'note.docx')]);
    expect(files.map((file) => file.name)).toEqual(['note.docx', 'rapport.pdf']);
  });
});

describe('fileFromText', () => {
  it('makes pasted text a UTF-8 text file numbered so later pastes sort after', () => {
    const file = fileFromText('« Bonjour » à tous', 3);
    expect(file.name).toBe('texte-03.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('« Bonjour » à tous');
    expect(fileFromText('x', 10).name > file.name).toBe(true);
  });
});
