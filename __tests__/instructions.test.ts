// The fast instruction scanner must agree with dockerfile-ast (the reference for structure) wherever it applies.
import { describe, expect, it } from '@jest/globals';
import { parseDirectives } from '../src/extract/directives.js';
import { parseDockerfile } from '../src/extract/extract.js';
import { splitSimple } from '../src/extract/instructions.js';
import { corpusFiles } from './helpers/conformance.js';

const files = corpusFiles();

const cases: [string, string][] = [
  ['plain', 'FROM a\nRUN b\n'],
  ['continuations with comments and blank lines', 'RUN a \\\n  # c\n\n  b \\\n  c\nCMD d\n'],
  ['CRLF', 'FROM a\r\nRUN b \\\r\n c\r\nCMD x\r\n'],
  ['escaped escape at line end is no continuation', 'ENV C a\\\\\nENV D b\n'],
  ['odd run of escapes is', 'ENV C a\\\\\\\nb\nENV D\n'],
  ['backtick escape', '# escape=`\nRUN a `\n  b\nRUN c\\\nFROM x\n'],
  ['continuation at end of file', 'FROM a\nRUN b \\'],
  ['continuation into comments at end of file', 'FROM a\nRUN b \\\n# c\n'],
  ['indented instructions and comments', '  FROM a\n\t# c\n  RUN b\n'],
  ['blanks after the escape', 'RUN a \\  \n b\nCMD c\n'],
  ['escape then text is no continuation', 'RUN a \\ b\nCMD c\n'],
  ['lower-case keyword', 'from a\nrun b\n'],
  ['keyword alone', 'FROM\nRUN\n'],
  ['heredoc', 'RUN <<EOF\nFROM x\nEOF\nFROM y\n'],
  ['two heredocs', 'COPY <<A <<B /x\nFROM a\nA\nFROM b\nB\nFROM z\n'],
  ['tabbed heredoc', 'RUN <<-EOT bash\n\tFROM a\n\tEOT\nFROM z\n'],
  ['quoted heredoc names', 'RUN <<"A" cat\nFROM a\nA\nRUN <<\'B\'\nFROM b\nB\nFROM z\n'],
  ['heredoc terminator with CRLF', 'RUN <<EOF\r\nFROM x\r\nEOF\r\nFROM y\r\n'],
  ['heredoc never terminated', 'RUN <<EOF\nFROM x\n'],
  ['ONBUILD heredoc', 'ONBUILD RUN <<EOF\nFROM x\nEOF\nFROM y\n'],
  ['<< that is not a heredoc', 'RUN echo a<<b\nENV X <<EOF\nFROM y\n'],
  ['heredoc after a continuation', 'RUN \\\n  <<EOF\nFROM x\nEOF\nFROM y\n'],
];

function spans(text: string, fullParser: boolean): string {
  return JSON.stringify(parseDockerfile(text, { fullParser }).instructions);
}

describe('fast instruction scanner', () => {
  it.each(cases)('%s: agrees with dockerfile-ast', (_name, text) => {
    expect(splitSimple(text.replace(/^\uFEFF/, ''), parseDirectives(text).escape)).not.toBeNull();
    expect(spans(text, false)).toBe(spans(text, true));
  });

  it.each<[string, string]>([
    ['keyword broken by a continuation', 'FR\\\nOM a\n'],
    ['lone carriage return', 'FROM a\rRUN b\n'],
  ])('leaves %s to dockerfile-ast', (_name, text) => {
    expect(splitSimple(text, '\\')).toBeNull();
  });

  it('agrees with dockerfile-ast on every corpus file it applies to', () => {
    let applied = 0;
    for (const file of files) {
      const body = file.text.replace(/^\uFEFF/, '');
      if (splitSimple(body, parseDirectives(body).escape) === null) continue;
      applied++;
      expect([file.path, spans(file.text, false)]).toEqual([file.path, spans(file.text, true)]);
    }
    if (files.length) expect(applied).toBeGreaterThan(files.length * 0.99);
  });
});
