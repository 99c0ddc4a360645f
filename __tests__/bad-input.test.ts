// Bad input of every kind, through the command line: a clear message and exit 0, 1 or 2 — never a stack trace,
// a hang, or file contents leaked into a report.
import { describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { runCliIn, tempTree } from './helpers/cli.js';

const run = (args: string[], cwd: string) => runCliIn(cwd, args);
const tree = (files: Record<string, string | Buffer>) => tempTree(files, 'bip-bad-');

const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at [^\n]+:[0-9]+:[0-9]+\)?/);

describe('bad Dockerfiles', () => {
  it('binary, oversized, invalid UTF-8, odd white space, CRLF with BOM, an empty FROM, an ARG cycle: findings, not crashes', async () => {
    const dir = tree({
      'bin/Dockerfile': Buffer.from([0x46, 0x52, 0x00, 0x4d, 0xff]),
      'big/Dockerfile': 'FROM scratch\n' + '#'.repeat(1024 * 1024 + 10),
      'utf8/Dockerfile': Buffer.concat([
        Buffer.from('FROM alpine:3.22\nLABEL x="'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('"\n'),
      ]),
      'utf8-comment/Dockerfile': Buffer.concat([
        Buffer.from('# maintained by Jos'),
        Buffer.from([0xe9]),
        Buffer.from('\nFROM alpine:3.22\n'),
      ]),
      // U+0085 between flags: the builder takes it for white space, so this COPY pulls ubuntu
      'nel/Dockerfile': 'FROM alpine:3.22\nCOPY --chown=0:0\u0085--from=ubuntu:22.04 /a /b\n',
      'nbsp/Dockerfile': '\u00a0FROM ubuntu:22.04\n',
      // a heredoc body is taken as it is: white space there splits nothing
      'heredoc-nbsp/Dockerfile': 'FROM alpine:3.22\nCOPY <<EOF /etc/motd\nPreis:\u00a010 €\nEOF\n',
      // the builder's lexer reads `${…}` around a `<<` otherwise than a plain split: where the heredoc opens, and
      // so whether FROM ubuntu is an instruction, is not sure
      'expansion/Dockerfile': 'FROM python:3.12-slim\nRUN echo "${x:-" <<# "}"\nFROM ubuntu\n#\n',
      // directive lines that builder versions read differently
      'vt-directive/Dockerfile': '#\u000bsyntax=ubuntu\nFROM python:3.12-slim\n',
      'check-escape/Dockerfile':
        '# check=skip=all\n# escape=`\nFROM python:3.12-slim\nRUN echo hi `\nFROM ubuntu\n',
      'crlf/Dockerfile': '\ufeffFROM node:22-slim\r\nCMD ["node"]\r\n',
      'empty/Dockerfile': 'FROM\n',
      'cycle/Dockerfile': 'ARG A=${B}\nARG B=${A}\nFROM ${A}\n',
    });
    const { code, out, err } = await run(['scan', '--offline', '--format', 'json', '.'], dir);
    noTrace(err);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    const rules = (p: string) =>
      report.findings.filter((f: { path: string }) => f.path === p).map((f: { rule: string }) => f.rule);
    expect(rules('bin/Dockerfile')).toEqual(['file-not-scanned']);
    expect(rules('big/Dockerfile')).toEqual(['file-not-scanned']);
    expect(rules('empty/Dockerfile')).toEqual(['unresolved-image']);
    expect(rules('cycle/Dockerfile')).toEqual(['unresolved-image']);
    // read as the same file without the byte-order mark and CRs is: the exec-form CMD makes it a distroless case
    expect(rules('crlf/Dockerfile')).toEqual(['digest-required', 'suggest-distroless']);
    // bytes that are not UTF-8, and white space the builder reads otherwise than a plain space, are not judged
    // but reported, where they stand; in a comment they change nothing and the file is read
    const message = (p: string) => report.findings.find((f: { path: string }) => f.path === p).message;
    expect(rules('utf8/Dockerfile')).toEqual(['file-not-scanned']);
    expect(message('utf8/Dockerfile')).toContain('line 2, column 10 holds bytes that are not UTF-8');
    expect(rules('nel/Dockerfile')).toEqual(['file-not-scanned']);
    expect(message('nel/Dockerfile')).toContain('line 2, column 17 holds U+0085 (next line)');
    expect(rules('nbsp/Dockerfile')).toEqual(['file-not-scanned']);
    expect(rules('heredoc-nbsp/Dockerfile')).toEqual(['digest-required']);
    expect(message('expansion/Dockerfile')).toContain(
      'line 2, column 18 holds `<<` inside a `${…}` expansion',
    );
    expect(message('vt-directive/Dockerfile')).toContain('line 1, column 2 holds white space right after');
    expect(message('check-escape/Dockerfile')).toContain(
      'line 2, column 1 has an escape directive after a check directive',
    );
    expect(message('nbsp/Dockerfile')).toContain('line 1, column 1 holds U+00A0 (no-break space)');
    expect(
      report.files.find((f: { path: string }) => f.path === 'utf8-comment/Dockerfile').warnings[0].message,
    ).toContain('not valid UTF-8');
    // nothing of a file that was not read reaches the report
    expect(out).not.toContain('####');
  });

  it('reads a 100,000-line file in bounded time', async () => {
    const lines = ['FROM python:3.12-slim'];
    // short lines: 100,000 of them stay under the 1 MiB limit, so the file is read
    for (let i = 0; i < 100_000; i++) lines.push(i % 2 ? 'RUN a \\' : ' b');
    lines.push('CMD ["python"]');
    const dir = tree({ Dockerfile: lines.join('\n') });
    const start = Date.now();
    const { code, err, out } = await run(['scan', '--offline', '--format', 'json', '.'], dir);
    noTrace(err);
    expect([0, 1]).toContain(code);
    expect(JSON.parse(out).files[0].problem).toBeNull();
    expect(Date.now() - start).toBeLessThan(30_000);
  });

  it('never follows links out of the workspace, and survives link loops', async () => {
    const outside = tree({ Dockerfile: 'FROM secret-image:1\n' });
    const dir = tree({ 'ok/Dockerfile': 'FROM node:22-slim\n' });
    symlinkSync(path.join(outside, 'Dockerfile'), path.join(dir, 'Dockerfile'));
    symlinkSync(outside, path.join(dir, 'linked-folder'));
    symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
    const { code, out, err } = await run(['scan', '--offline', '--format', 'json', '.'], dir);
    noTrace(err);
    expect(code).toBe(1);
    expect(out).not.toContain('secret-image');
    const report = JSON.parse(out);
    expect(report.findings.find((f: { path: string }) => f.path === 'Dockerfile').rule).toBe(
      'file-not-scanned',
    );
  });

  it('escapes Markdown and HTML from image, stage and file names in the Markdown and SARIF reports', async () => {
    const hostileName = 'x/<img src=x onerror=alert(1)>[a](http:evil)`b`/Dockerfile';
    const dir = tree({
      'x/Dockerfile': 'FROM <img/src=x>:1 AS [a](http://evil)\nFROM [b](http://evil)\n',
      [hostileName]: 'FROM <script>alert(1)</script> AS *b*\n',
    });
    const markdown = await run(['scan', '--offline', '--format', 'markdown', '.'], dir);
    expect(markdown.code).toBe(1);
    expect(markdown.out).toContain('&#60;img'); // it is there, as text
    expect(markdown.out).not.toMatch(/<img|<script|\]\(http/);
    const sarif = await run(['scan', '--offline', '--format', 'sarif', '.'], dir);
    const results = JSON.parse(sarif.out).runs[0].results as {
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    const texts = results.map((r) => r.message.text);
    expect(texts.some((t) => t.includes('\\[b\\](http://evil)'))).toBe(true);
    // in SARIF text an unescaped [text](target) is a link: none of them
    for (const t of texts) expect(t).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
    const uris = results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain(
      'x/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%5Ba%5D(http%3Aevil)%60b%60/Dockerfile',
    );
    for (const u of uris) expect(u).not.toMatch(/[<>[\]` ]/);
  });
});

describe('bad policies and flags', () => {
  it.each([
    [
      'an alias bomb',
      'version: 1\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      /too many alias expansions/,
    ],
    ['deep nesting', `version: 1\nx: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, /policy/],
    ['a pathological glob', `version: 1\nregistries: ["${'*a'.repeat(40)}"]\n`, /registr/],
  ])('%s: exit 2 or a policy that loads fast, never a hang', async (_name, policy, message) => {
    const dir = tree({ 'policy.yml': policy, Dockerfile: `FROM ${'a'.repeat(60)}b:1\n` });
    const start = Date.now();
    const { code, err, out } = await run(['scan', '--offline', '--policy', 'policy.yml', '.'], dir);
    noTrace(err);
    expect(Date.now() - start).toBeLessThan(10_000);
    if (code === 2) expect(err).toMatch(message);
    else expect(out).toMatch(message);
  });

  it('a missing policy path and an unknown flag: exit 2 with what was expected', async () => {
    const dir = tree({ Dockerfile: 'FROM node:22-slim\n' });
    const missing = await run(['scan', '--offline', '--policy', 'nope.yml', '.'], dir);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('nope.yml: no such policy file') });
    const flag = await run(['scan', '--sideways'], dir);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("unknown option '--sideways'");
    noTrace(flag.err);
  });
});
