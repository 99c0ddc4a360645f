// The sped-up argument splitter must give exactly what dockerfile-ast gives, on every file of the corpus.
import { afterAll, describe, expect, it } from '@jest/globals';
import { DockerfileParser } from 'dockerfile-ast';
import { installAstSpeedup, uninstallAstSpeedup } from '../src/extract/ast-speedup.js';
import { corpusFiles } from './helpers/conformance.js';

function dump(text: string): string {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => {
      const args = i.getArguments().map((a) => [a.getValue(), a.getRange()]);
      const flags =
        'getFlags' in i
          ? (i as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }).getFlags()
          : [];
      return JSON.stringify([
        i.getKeyword(),
        i.getRange(),
        args,
        flags.map((f) => [f.getName(), f.getValue()]),
      ]);
    })
    .join('\n');
}

const texts = corpusFiles().map((f) => f.text);

const edgeCases = [
  'FROM a\\\n  b\nRUN x \\ \n  y\n',
  'RUN a\\\r\n b\r\n',
  '# escape=`\nRUN a `\n # comment\n b\n',
  'RUN echo \\$HOME \\\\ "a b" \\',
  'COPY --from=x \\\n  --chown=1 \\\n\n  a b\n',
  'RUN <<EOF\necho hi\nEOF\n',
  'RUN a \\\t\n\tb\n',
  'RUN a\\  x',
];

describe('dockerfile-ast speed-up', () => {
  afterAll(() => installAstSpeedup());

  it('gives the same instructions, arguments, ranges and flags as dockerfile-ast on every corpus file', () => {
    uninstallAstSpeedup();
    const before = [...texts, ...edgeCases].map(dump);
    installAstSpeedup();
    const after = [...texts, ...edgeCases].map(dump);
    expect(after.length).toBe(texts.length + edgeCases.length);
    for (let i = 0; i < before.length; i++) expect(after[i]).toBe(before[i]);
  });

  it('returns a fresh array each call, so callers that modify it cannot corrupt the cache', () => {
    installAstSpeedup();
    const [run] = DockerfileParser.parse('RUN --mount=type=cache,target=/x a b\n').getInstructions();
    const first = run.getArguments();
    first.length = 0;
    expect(run.getArguments().map((a) => a.getValue())).toEqual(['a', 'b']);
  });
});
