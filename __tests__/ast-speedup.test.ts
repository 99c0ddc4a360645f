// The dockerfile-ast speed-up must not change what we read from it: the argument splitter gives the library's
// output to the letter, and every instruction keeps its keyword, ranges and text, on every corpus file.
import { afterAll, describe, expect, it } from '@jest/globals';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { computeRawArguments, installAstSpeedup, uninstallAstSpeedup } from '../src/extract/ast-speedup.js';
import { corpusFiles } from './helpers/conformance.js';

const texts = corpusFiles().map((f) => f.text);

const edgeCases = [
  'FROM a\\\n  b\nRUN x \\ \n  y\n',
  'RUN a\\\r\n b\r\n',
  '# escape=`\nRUN a `\n # comment\n b\n',
  'RUN echo \\$HOME \\\\ "a b" \\',
  'COPY --from=x \\\n  --chown=1 \\\n\n  a b\n',
  'RUN <<EOF\necho hi\nEOF\nFROM x\n',
  'ONBUILD RUN <<EOF\nFROM y\nEOF\nFROM x\n',
  'RUN a \\\t\n\tb\n',
  'RUN a\\  x',
  'RUN <<-EOT bash\n\techo\n\tEOT\nCOPY <<A <<B /x\na\nA\nb\nB\nFROM z\n',
];
const all = [...texts, ...edgeCases];

type Internals = Parameters<typeof computeRawArguments>[0];

function structure(text: string): string {
  const dockerfile = DockerfileParser.parse(text);
  return JSON.stringify([
    dockerfile.getEscapeCharacter(),
    dockerfile.getComments().length,
    dockerfile
      .getInstructions()
      .map((i) => [i.getKeyword(), i.getRange(), i.getInstructionRange(), i.getTextContent()]),
  ]);
}

describe('dockerfile-ast speed-up', () => {
  afterAll(() => installAstSpeedup());

  it('splits arguments exactly as the library does, for every instruction of every corpus file', () => {
    uninstallAstSpeedup();
    let instructions = 0;
    for (const text of all) {
      const raw: unknown[] = [];
      const fast: unknown[] = [];
      for (const instruction of DockerfileParser.parse(text).getInstructions()) {
        raw.push(
          (instruction as unknown as { getRawArguments(): ReturnType<Instruction['getArguments']> })
            .getRawArguments()
            .map((a) => [a.getValue(), a.getRange()]),
        );
        fast.push(
          computeRawArguments(instruction as unknown as Internals).map((a) => [a.getValue(), a.getRange()]),
        );
        instructions++;
      }
      expect(JSON.stringify(fast)).toBe(JSON.stringify(raw));
    }
    expect(instructions).toBeGreaterThan(texts.length ? 10000 : 20);
  });

  it('keeps every instruction keyword, range and text, and every comment', () => {
    uninstallAstSpeedup();
    const before = all.map(structure);
    installAstSpeedup();
    const after = all.map(structure);
    for (let i = 0; i < before.length; i++) expect(after[i]).toBe(before[i]);
  });

  it('returns a fresh argument array each call, so callers that modify it cannot corrupt the cache', () => {
    installAstSpeedup();
    const [run] = DockerfileParser.parse('RUN --mount=type=cache,target=/x a b\n').getInstructions();
    const first = run.getArguments();
    first.length = 0;
    expect(run.getArguments().map((a) => a.getValue())).toEqual(['--mount=type=cache,target=/x', 'a', 'b']);
  });
});
