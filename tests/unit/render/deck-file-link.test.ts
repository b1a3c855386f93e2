import { describe, expect, it } from 'vitest';
import { assetPath } from '../../../src/compile/check-slide-targets.js';
import { deckFileLink, publishedFileUrl, publishedSource } from '../../../src/render/deck-file-link.js';

describe('links to files of the deck', () => {
  it('names a path in the deck folder, decoded and normalized, keeping the query and fragment for the published link', () => {
    expect(deckFileLink('data/revenue.csv')).toEqual({ path: 'data/revenue.csv', suffix: '' });
    expect(deckFileLink('./assets/appendix%20A.pdf#page=2')).toEqual({ path: 'assets/appendix A.pdf', suffix: '#page=2' });
    expect(deckFileLink('data/../notes/q.txt?v=2')).toEqual({ path: 'notes/q.txt', suffix: '?v=2' });
    // A malformed escape is kept as written: reported as a file that does not exist, never a crash.
    expect(deckFileLink('data/a%zz.csv')).toEqual({ path: 'data/a%zz.csv', suffix: '' });
  });

  it('reads a # or ? in a file name written escaped, and cuts the path at the first one written raw', () => {
    expect(deckFileLink('data/Q1%20%232.csv')).toEqual({ path: 'data/Q1 #2.csv', suffix: '' });
    expect(deckFileLink('data/what%3F.csv#row=2')).toEqual({ path: 'data/what?.csv', suffix: '#row=2' });
    expect(deckFileLink('data/q#1.csv')).toEqual({ path: 'data/q', suffix: '#1.csv' });
    // No file name holds a slash, and a browser does not read an escaped one as a folder: it stays as written (a file that does not exist).
    expect(deckFileLink('data/..%2F..%2Fsecret.txt')).toEqual({ path: 'data/..%2F..%2Fsecret.txt', suffix: '' });
    expect(assetPath('sub%2Fx.png')).toBe('sub%2Fx.png');
    expect(deckFileLink('assets%2Fmedia%2Fx.png')).toEqual({ path: 'assets%2Fmedia%2Fx.png', suffix: '' });
    expect(assetPath('fig%231.svg?v=2#x')).toBe('fig#1.svg');
    expect(assetPath('./my%20chart.png')).toBe('my chart.png');
  });

  it('says when a path leaves the deck folder', () => {
    expect(deckFileLink('../secret.txt')).toEqual({ outside: '../secret.txt' });
    expect(deckFileLink('data/../../secret.txt')).toEqual({ outside: 'data/../../secret.txt' });
    expect(deckFileLink('/etc/passwd')).toEqual({ outside: '/etc/passwd' });
    expect(deckFileLink('..')).toEqual({ outside: '..' });
  });

  it('leaves alone what is not a file of the deck: URLs, slide links, reveal links and what the build writes', () => {
    for (const href of ['https://example.org/a.csv', 'mailto:a@example.org', 'ftp://x/y', '//cdn.example.org/x.js', '#openai-revenue', '#/3', '']) {
      expect(deckFileLink(href), href).toBeUndefined();
    }
    for (const href of ['index.html', 'index.html#/growth', 'print.html', 'talk/index.html', 'deck.json', 'deck.pdf', 'deck-talk.pptx', 'png/001-title.png', 'assets/media/a%20(b).svg', 'assets/files/data/x.csv', '?print-pdf', '.', './']) {
      expect(deckFileLink(href, 'deck'), href).toBeUndefined();
    }
  });

  it("takes a PDF or PowerPoint file beside index.html for the deck's export only when it has the deck's name", () => {
    expect(deckFileLink('appendix.pdf', 'deck')).toEqual({ path: 'appendix.pdf', suffix: '' });
    expect(deckFileLink('deck-talk.pdf', 'deck')).toBeUndefined();
    expect(deckFileLink('deck.pptx#slide=2', 'deck')).toBeUndefined();
    // Without the deck's name, any such file is taken for an export, as before it is known.
    expect(deckFileLink('appendix.pdf')).toBeUndefined();
  });

  it('publishes a file under assets/files/ by its path in the deck, and a file of assets/ where the images are', () => {
    expect(publishedFileUrl({ path: 'data/revenue.csv', suffix: '' })).toBe('assets/files/data/revenue.csv');
    expect(publishedFileUrl({ path: 'data/Q1 #2.csv', suffix: '?x=1' })).toBe('assets/files/data/Q1%20%232.csv?x=1');
    expect(publishedFileUrl({ path: 'assets/appendix A.pdf', suffix: '#page=2' })).toBe('assets/media/appendix%20A.pdf#page=2');
  });

  it('finds the deck file back from its published link, for the files the compile found and nothing else', () => {
    const files = { assets: new Set(['appendix A.pdf', 'a (b).svg']), linkedFiles: new Set(['data/revenue.csv', 'data/Q1 #2.csv', 'data/über (x).csv']) };
    const links = [
      { path: 'data/revenue.csv', suffix: '' },
      { path: 'data/Q1 #2.csv', suffix: '?x=1#row=2' },
      { path: 'data/über (x).csv', suffix: '' },
      { path: 'assets/appendix A.pdf', suffix: '#page=2' },
      { path: 'assets/a (b).svg', suffix: '' },
    ];
    for (const link of links) expect(publishedSource(publishedFileUrl(link), files)).toBe(link.path);
    // Not a file the compile found, a file of assets/ published as a linked file, other URLs, an escape that does not decode.
    expect(publishedSource(publishedFileUrl({ path: 'data/unlinked.csv', suffix: '' }), files)).toBeUndefined();
    expect(publishedSource('assets/files/assets/appendix%20A.pdf', files)).toBeUndefined();
    expect(publishedSource('assets/media/data/revenue.csv', files)).toBeUndefined();
    expect(publishedSource('https://example.org/assets/files/data/revenue.csv', files)).toBeUndefined();
    expect(publishedSource('index.html#files', files)).toBeUndefined();
    expect(publishedSource('assets/files/data/%zz.csv', files)).toBeUndefined();
  });
});
