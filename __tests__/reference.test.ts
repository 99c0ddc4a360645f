// Image references against Docker's reference grammar (distribution/reference: reference_test.go,
// normalize_test.go, regexp_test.go) and against the references written in Renovate's extractor cases.
import { describe, expect, it } from '@jest/globals';
import { isStageIndex, parseImageReference, type ImageReference } from '../src/reference.js';
import { readJsonl } from './helpers/conformance.js';

interface Good {
  registry: string;
  repository: string;
  tag: string | null;
  digest: string | null;
  familiar: string;
}
interface Bad {
  error: string;
}
type Row = [title: string, input: string, expected: Good | Bad];

function good(
  registry: string,
  repository: string,
  familiar: string,
  tag: string | null = null,
  digest: string | null = null,
): Good {
  return { registry, repository, tag, digest, familiar };
}
function bad(error: string): Bad {
  return { error };
}

/** The whole reference a valid row must produce: name and normalized follow from the parts. */
function refOf(g: Good): ImageReference {
  const name = `${g.registry}/${g.repository}`;
  const suffix = (g.tag === null ? '' : `:${g.tag}`) + (g.digest === null ? '' : `@${g.digest}`);
  return { ...g, name, normalized: name + suffix };
}

function check(input: string, expected: Good | Bad): void {
  const result = parseImageReference(input);
  if ('error' in expected) {
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(expected.error);
    return;
  }
  expect(result).toEqual({ ok: true, ref: refOf(expected) });
}

const F64 = 'f'.repeat(64);
const SHA_F = `sha256:${F64}`;
const DBCC = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';
const SHA_DBCC = `sha256:${DBCC}`;
const BUSYBOX = 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
const SHA512_F = `sha512:${'f'.repeat(128)}`;
const HEX64 = '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a';
const SONG = 'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev';
const TAG128 = 'v'.repeat(128);
const LONG_NAMESPACE =
  'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255';
const A127 = 'a/'.repeat(127) + 'a';

const TABLE: Row[] = [
  // Docker Hub names and their normalisation
  ['an official image with a tag', 'python:3.12', good('docker.io', 'library/python', 'python:3.12', '3.12')],
  ['a bare official image', 'debian', good('docker.io', 'library/debian', 'debian')],
  ['library/ written out', 'library/debian', good('docker.io', 'library/debian', 'debian')],
  ['a Hub user image', 'docker/docker', good('docker.io', 'docker/docker', 'docker/docker')],
  ['docker.io written out', 'docker.io/docker/docker', good('docker.io', 'docker/docker', 'docker/docker')],
  [
    'docker.io/library written out',
    'docker.io/library/debian',
    good('docker.io', 'library/debian', 'debian'),
  ],
  [
    'docker.io with one component gains library/',
    'docker.io/debian',
    good('docker.io', 'library/debian', 'debian'),
  ],
  [
    'index.docker.io is folded into docker.io',
    'index.docker.io/docker/docker',
    good('docker.io', 'docker/docker', 'docker/docker'),
  ],
  [
    'index.docker.io with one component',
    'index.docker.io/debian',
    good('docker.io', 'library/debian', 'debian'),
  ],
  [
    'registry-1.docker.io is not folded (only index.docker.io is)',
    'registry-1.docker.io/library/debian',
    good('registry-1.docker.io', 'library/debian', 'registry-1.docker.io/library/debian'),
  ],
  ['a Hub name with two dots in the image', 'org/img.v2', good('docker.io', 'org/img.v2', 'org/img.v2')],
  ['three path levels on Docker Hub', 'org/team/img', good('docker.io', 'org/team/img', 'org/team/img')],
  [
    'library/ with a nested path stays in the familiar name',
    'docker.io/library/foo/bar',
    good('docker.io', 'library/foo/bar', 'library/foo/bar'),
  ],
  [
    'a repository named "library" is not an official image',
    'other/library',
    good('docker.io', 'other/library', 'other/library'),
  ],
  [
    'an upper-case tag is allowed',
    'lowercase:Uppercase',
    good('docker.io', 'library/lowercase', 'lowercase:Uppercase', 'Uppercase'),
  ],
  ['a 64-character name that is not hexadecimal', SONG, good('docker.io', `library/${SONG}`, SONG)],
  [
    'a 64-hex name is fine behind a registry',
    `docker.io/${HEX64}`,
    good('docker.io', `library/${HEX64}`, HEX64),
  ],
  [
    'a 63-hex name is a name',
    DBCC.slice(0, 63),
    good('docker.io', `library/${DBCC.slice(0, 63)}`, DBCC.slice(0, 63)),
  ],
  [
    'an invalid digest alone reads as image "sha256" with a tag (as ParseNormalizedNamed does)',
    'sha256:abc',
    good('docker.io', 'library/sha256', 'sha256:abc', 'abc'),
  ],
  // separators
  [
    'multiple dashes',
    'docker---rules/docker',
    good('docker.io', 'docker---rules/docker', 'docker---rules/docker'),
  ],
  ['a double underscore', 'dock__er/docker', good('docker.io', 'dock__er/docker', 'dock__er/docker')],
  ['one-letter components', 'd/docker', good('docker.io', 'd/docker', 'd/docker')],
  ['an underscore in a Hub namespace', 'test_com/foo', good('docker.io', 'test_com/foo', 'test_com/foo')],
  ['an underscore in a one-component name', 'test_com', good('docker.io', 'library/test_com', 'test_com')],
  [
    'many mixed separators',
    'registry.io/foo/project--id.module--name.ver---sion--name',
    good(
      'registry.io',
      'foo/project--id.module--name.ver---sion--name',
      'registry.io/foo/project--id.module--name.ver---sion--name',
    ),
  ],
  [
    'underscore separators after a registry',
    'example.com/some_separator__underscore/myimage',
    good(
      'example.com',
      'some_separator__underscore/myimage',
      'example.com/some_separator__underscore/myimage',
    ),
  ],
  // registries, ports, localhost, IP addresses
  ['localhost is a registry', 'localhost/foo', good('localhost', 'foo', 'localhost/foo')],
  ['a port is not a tag', 'localhost:5000/img', good('localhost:5000', 'img', 'localhost:5000/img')],
  ['a tag after a port', 'localhost:5000/img:1', good('localhost:5000', 'img', 'localhost:5000/img:1', '1')],
  ['bare localhost is a Docker Hub image', 'localhost', good('docker.io', 'library/localhost', 'localhost')],
  [
    'bare localhost:5000 is image localhost with tag 5000',
    'localhost:5000',
    good('docker.io', 'library/localhost', 'localhost:5000', '5000'),
  ],
  [
    'a bare host name with a port is a Hub image with a tag',
    'test.com:5000',
    good('docker.io', 'library/test.com', 'test.com:5000', '5000'),
  ],
  [
    'a bare IPv4 address is a Hub image',
    '192.168.0.1',
    good('docker.io', 'library/192.168.0.1', '192.168.0.1'),
  ],
  [
    'a bare IPv4 address and port is a tagged Hub image',
    '192.168.0.1:80',
    good('docker.io', 'library/192.168.0.1', '192.168.0.1:80', '80'),
  ],
  [
    'an IPv4 registry with port and tag',
    '192.168.1.1:5000/repo:5050',
    good('192.168.1.1:5000', 'repo', '192.168.1.1:5000/repo:5050', '5050'),
  ],
  [
    'a registry image with one component gets no library/',
    '127.0.0.1:5000/debian',
    good('127.0.0.1:5000', 'debian', '127.0.0.1:5000/debian'),
  ],
  [
    'library/ is kept on other registries',
    '127.0.0.1:5000/library/debian',
    good('127.0.0.1:5000', 'library/debian', '127.0.0.1:5000/library/debian'),
  ],
  [
    'a host name with a hyphen and port',
    'test-com:8080/foo',
    good('test-com:8080', 'foo', 'test-com:8080/foo'),
  ],
  [
    'a punycode host with port',
    'xn--n3h.com:18080/foo',
    good('xn--n3h.com:18080', 'foo', 'xn--n3h.com:18080/foo'),
  ],
  ['an upper-case first component is a registry', 'Foo/bar', good('Foo', 'bar', 'Foo/bar')],
  [
    'an all upper-case first component is a registry',
    'DOCKER/docker',
    good('DOCKER', 'docker', 'DOCKER/docker'),
  ],
  ['an upper-case host name', 'Asdf.com/foo/bar', good('Asdf.com', 'foo/bar', 'Asdf.com/foo/bar')],
  [
    'a registry with path levels and a tag',
    'sub-dom1.foo.com/bar/baz/quux:some-long-tag',
    good('sub-dom1.foo.com', 'bar/baz/quux', 'sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'some-long-tag'),
  ],
  [
    'dots in path and tag',
    'b.gcr.io/test.example.com/my-app:test.example.com',
    good(
      'b.gcr.io',
      'test.example.com/my-app',
      'b.gcr.io/test.example.com/my-app:test.example.com',
      'test.example.com',
    ),
  ],
  ['an IPv6 registry', '[2001:db8::1]/repo', good('[2001:db8::1]', 'repo', '[2001:db8::1]/repo')],
  [
    'a full IPv6 registry with a tag',
    '[2001:db8:1:2:3:4:5:6]/repo:tag',
    good('[2001:db8:1:2:3:4:5:6]', 'repo', '[2001:db8:1:2:3:4:5:6]/repo:tag', 'tag'),
  ],
  ['a loopback IPv6 registry with a port', '[::1]:5000/repo', good('[::1]:5000', 'repo', '[::1]:5000/repo')],
  [
    'IPv6 with port, tag and digest',
    `[2001:db8::1]:5000/repo:tag@${SHA_F}`,
    good('[2001:db8::1]:5000', 'repo', `[2001:db8::1]:5000/repo:tag@${SHA_F}`, 'tag', SHA_F),
  ],
  [
    'IPv6 registry keeps library/',
    '[fc00:1:2:3:4:5:6:7]:5000/library/debian',
    good('[fc00:1:2:3:4:5:6:7]:5000', 'library/debian', '[fc00:1:2:3:4:5:6:7]:5000/library/debian'),
  ],
  // tags and digests
  [
    'a tag and a digest',
    `ghcr.io/o/i:1@${SHA_F}`,
    good('ghcr.io', 'o/i', `ghcr.io/o/i:1@${SHA_F}`, '1', SHA_F),
  ],
  [
    'a Hub image with tag and digest',
    `busybox:latest@${BUSYBOX}`,
    good('docker.io', 'library/busybox', `busybox:latest@${BUSYBOX}`, 'latest', BUSYBOX),
  ],
  [
    'a digest without a tag',
    `redis@${SHA_DBCC}`,
    good('docker.io', 'library/redis', `redis@${SHA_DBCC}`, null, SHA_DBCC),
  ],
  [
    'a digest on a registry with a port',
    `test:5000/repo@${SHA_F}`,
    good('test:5000', 'repo', `test:5000/repo@${SHA_F}`, null, SHA_F),
  ],
  [
    'a sha512 digest',
    `xn--7o8h.com/myimage:xn--7o8h.com@${SHA512_F}`,
    good(
      'xn--7o8h.com',
      'myimage',
      `xn--7o8h.com/myimage:xn--7o8h.com@${SHA512_F}`,
      'xn--7o8h.com',
      SHA512_F,
    ),
  ],
  [
    'a sha384 digest',
    `foo@sha384:${'a'.repeat(96)}`,
    good('docker.io', 'library/foo', `foo@sha384:${'a'.repeat(96)}`, null, `sha384:${'a'.repeat(96)}`),
  ],
  ['a tag of 128 characters', `foo:${TAG128}`, good('docker.io', 'library/foo', `foo:${TAG128}`, TAG128)],
  ['a tag starting with an underscore', 'foo:_x', good('docker.io', 'library/foo', 'foo:_x', '_x')],
  // length: Docker counts the path only (library/ included), not the registry
  [
    'a path of exactly 255 characters',
    'a'.repeat(247),
    good('docker.io', `library/${'a'.repeat(247)}`, 'a'.repeat(247)),
  ],
  [
    'a registry does not count towards the 255',
    `example.com/${'a'.repeat(255)}`,
    good('example.com', 'a'.repeat(255), `example.com/${'a'.repeat(255)}`),
  ],
  [
    '127 levels and a long tag stay within 255',
    `${A127}:tag-puts-this-over-max`,
    good('docker.io', A127, `${A127}:tag-puts-this-over-max`, 'tag-puts-this-over-max'),
  ],

  // invalid: empty and structure
  ['empty input', '', bad('empty')],
  ['only a tag', ':justtag', bad('invalid reference format')],
  ['only a digest', `@${SHA_F}`, bad('invalid reference format')],
  ['a colon with an empty tag', 'foo:', bad('invalid tag ""')],
  ['an at sign with an empty digest', 'foo@', bad('invalid digest')],
  ['an empty tag before a digest', `foo:@${SHA_F}`, bad('invalid tag ""')],
  ['two tags', 'foo:bar:baz', bad('invalid tag "bar:baz"')],
  ['a tag before a slash', 'foo/bar:tag/baz', bad('invalid reference format')],
  ['a URL', 'https://github.com/docker/docker', bad('invalid registry "https:"')],
  ['an empty path component', 'docker///docker', bad('empty component')],
  ['a trailing slash', 'docker/', bad('empty component')],
  ['a trailing slash after a registry', 'foo.com/', bad('empty component')],
  ['a leading slash', '/foo', bad('empty component')],
  // invalid: upper case
  ['upper case in a one-component name', 'Uppercase:tag', bad('repository name must be lowercase')],
  [
    'upper case after a registry port',
    'test:5000/Uppercase/lowercase:tag',
    bad('repository name must be lowercase'),
  ],
  ['upper case in the image name', 'docker/Docker', bad('repository name must be lowercase')],
  ['upper case after docker.io', 'docker.io/docker/Docker', bad('repository name must be lowercase')],
  [
    'upper case in the image after an upper-case registry',
    'Foo/FarB',
    bad('repository name must be lowercase'),
  ],
  // invalid: separators
  ['a leading dash', '-docker', bad('must start with a lowercase letter or digit')],
  ['a leading dash in a namespace', '-docker/docker', bad('must start')],
  ['a trailing dash in a namespace', 'docker-/docker', bad('must end with a lowercase letter or digit')],
  ['dashes around a namespace', '-docker-/docker', bad('must start')],
  ['a trailing underscore', 'foo_', bad('must end')],
  ['a trailing dot', 'foo.', bad('must end')],
  ['a registry component starting with a dash', '-docker.io/docker/docker', bad('invalid registry')],
  ['only underscores', '____/____', bad('must start')],
  ['leading underscores', '_docker/_docker', bad('must start')],
  ['three underscores', 'a___b', bad('separator')],
  ['two dots in an image name', 'docker/dock..er', bad('separator')],
  ['an underscore then a dot in an image name', 'docker/dock_.er', bad('separator')],
  ['a dash then a dot in an image name', 'docker/dock-.er', bad('separator')],
  ['two dots (a dotted first component is a registry)', 'dock..er/docker', bad('invalid registry')],
  ['an underscore then a dot in a registry', 'dock_.er/docker', bad('invalid registry')],
  ['a dash then a dot in a registry', 'dock-.er/docker', bad('invalid registry')],
  ['a leading double underscore after a registry', 'example.com/__underscore/myimage', bad('must start')],
  // invalid: registries
  ['a port that is not a number', 'localhost:http/name', bad('the port must be decimal digits')],
  ['an empty port', 'localhost:/name', bad('port')],
  [
    'an underscore in a registry (Docker would read it as a path with no registry; rejected instead)',
    'bad_hostname.com:8080/myapp:tag',
    bad('invalid registry "bad_hostname.com:8080"'),
  ],
  [
    'an underscore in a dotted first component (Docker would leave the registry empty; rejected instead)',
    'foo_bar.com/x',
    bad('invalid registry "foo_bar.com"'),
  ],
  ['a bare IPv6 address', '[fc00::1]', bad('invalid reference format')],
  ['a bare IPv6 address with a port', '[fc00::1]:5000', bad('invalid reference format')],
  ['an IPv6 address with a tag and no repository', '[2001:db8::1]:tag', bad('invalid reference format')],
  ['IPv6 without brackets', 'fc00::1:5000/debian', bad('invalid registry')],
  ['an IPv6 zone', '[fe80::1%eth0]:5000/debian', bad('"%"')],
  ['an IPv4-mapped IPv6 address', '[2001:db8:3:4::192.0.2.33]:5000/debian', bad('IPv6')],
  ['empty brackets are not a registry', '[]/foo', bad('"["')],
  ['an empty IPv6 address', '[]:5000/foo', bad('IPv6 address is empty')],
  ['no colon after an IPv6 address', '[::1]5000/foo', bad('IPv6')],
  // invalid: image IDs and bare digests
  ['a 64-hex image ID', HEX64, bad('cannot specify 64-byte hexadecimal strings')],
  ['a bare digest names no repository', SHA_DBCC, bad('bare digest')],
  // invalid: tags
  ['a tag of 129 characters', `foo:${'v'.repeat(129)}`, bad('must not be more than 128')],
  ['a tag starting with a dash', 'foo:-bar', bad('must start with a letter, digit or underscore')],
  ['a tag starting with a dot', 'foo:.bar', bad('must start')],
  ['a tilde in a tag', 'registry.com:8080/myapp:invalid~tag', bad('"~"')],
  // invalid: digests
  ['a short digest', `repo@sha256:${'f'.repeat(34)}`, bad('invalid checksum digest length')],
  ['a digest one short', `foo@sha256:${F64.slice(1)}`, bad('invalid checksum digest length')],
  ['a digest one long', `foo@sha256:${F64}f`, bad('invalid checksum digest length')],
  ['a sha512 digest of sha256 length', `foo@sha512:${F64}`, bad('invalid checksum digest length')],
  ['an upper-case hex digest', `foo@sha256:${F64.toUpperCase()}`, bad('lower case')],
  ['an unknown algorithm', `validname@invaliddigest:${F64}`, bad('unsupported digest algorithm')],
  ['md5 is not registered', `foo@md5:${'a'.repeat(32)}`, bad('unsupported digest algorithm')],
  ['an upper-case algorithm', `foo@SHA256:${F64}`, bad('unsupported digest algorithm')],
  ['fewer than 32 hex digits', 'registry.com:8080/myapp@sha256:badbadbadbad', bad('at least 32')],
  ['a digest without an algorithm', 'registry.com:8080/myapp@2bad', bad('invalid digest')],
  ['a digest without a colon', 'foo@sha256', bad('invalid digest')],
  ['non-hex in a digest', `foo@sha256:${'g'.repeat(64)}`, bad('not a hexadecimal digit')],
  ['two digests', `foo@${SHA_F}@${SHA_F}`, bad('invalid digest')],
  ['two at signs', `foo@@${SHA_F}`, bad('invalid digest')],
  // invalid: length
  ['a path over 255 on Docker Hub', 'a'.repeat(248), bad('must not be more than 255 characters')],
  ['a path over 255 on a registry', `example.com/${'a'.repeat(256)}`, bad('must not be more than 255')],
  ['128 levels', `${'a/'.repeat(128)}a:tag`, bad('must not be more than 255')],
  ['a namespace over 255', `${LONG_NAMESPACE}/docker`, bad('must not be more than 255')],
  // invalid: characters
  ['dollar signs', 'aa/asdf$$^/aa', bad('"$"')],
  ['a script tag', '<script>alert(1)</script>', bad('"<"')],
  ['an image tag in HTML', 'nginx"><img src=x onerror=alert(1)>', bad('invalid reference format')],
  ['a Markdown link', '[evil](https://example.com)', bad('"("')],
  ['Markdown emphasis', '**nginx**', bad('"*"')],
  ['backticks', '`nginx`', bad('"`"')],
  ['a space inside', 'foo bar', bad('whitespace')],
  ['a leading space', ' python', bad('whitespace')],
  ['a trailing newline', 'python\n', bad('whitespace')],
  ['a tab before the tag', 'python\t:3', bad('whitespace')],
  ['a no-break space', 'python\u00a0:3', bad('whitespace')],
  ['a non-ASCII letter', 'pythön', bad('"ö"')],
  ['an emoji', 'py🐳', bad('"🐳"')],
  ['a NUL character', 'py\u0000thon', bad('"\\u0000"')],
  ['a plus sign in a path', 'foo+bar', bad('"+"')],
  ['a bracket in a path', 'foo/[bar]', bad('"["')],
];

describe('parseImageReference: Docker reference grammar', () => {
  it('has a table of at least 60 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });

  const titled = TABLE.map(
    ([title, input, expected]) =>
      [input.length <= 60 ? `${title}: ${JSON.stringify(input)}` : title, input, expected] as const,
  );
  it.each(titled)('%s', (_title, input, expected) => {
    check(input, expected);
  });

  it('normalised references parse back to themselves', () => {
    for (const [, input, expected] of TABLE) {
      if ('error' in expected) continue;
      const first = parseImageReference(input);
      if (!first.ok) throw new Error(`${input}: ${first.error}`);
      const again = parseImageReference(first.ref.normalized);
      expect(again).toEqual(first);
    }
  });

  it('keeps error messages short when the input is huge', () => {
    const result = parseImageReference('A'.repeat(100_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(300);
  });
});

describe('parseImageReference: 1 MB of hostile input', () => {
  const MB = 1 << 20;
  const cases: Row[] = [
    ['one long name', 'a'.repeat(MB), bad('must not be more than 255')],
    ['dash-separated components ending in a dash', 'a-'.repeat(MB / 2), bad('must end')],
    ['double underscores everywhere', 'a__'.repeat(MB / 3), bad('must end')],
    ['many slashes', 'a/'.repeat(MB / 2) + 'a', bad('must not be more than 255')],
    ['only slashes', '/'.repeat(MB), bad('empty component')],
    ['a long tag', `a:${'b'.repeat(MB)}`, bad('must not be more than 128')],
    ['a long digest', `a@sha256:${'f'.repeat(MB)}`, bad('invalid checksum digest length')],
    ['a long algorithm', `a@${'s-'.repeat(MB / 2)}:${F64}`, bad('ends with a separator')],
    ['an unclosed IPv6 address', `[${':'.repeat(MB)}/a`, bad('no closing "]"')],
    ['colons', ':'.repeat(MB), bad('invalid reference format')],
    ['at signs', `a${'@'.repeat(MB)}`, bad('invalid digest')],
    [
      'a long port',
      `localhost:${'5'.repeat(MB)}/a`,
      good('localhost:' + '5'.repeat(MB), 'a', `localhost:${'5'.repeat(MB)}/a`),
    ],
    [
      'a long host name, which the grammar allows',
      `${'a.'.repeat(MB / 2)}com/a`,
      good(`${'a.'.repeat(MB / 2)}com`, 'a', `${'a.'.repeat(MB / 2)}com/a`),
    ],
    ['a script payload', '<script>'.repeat(MB / 8), bad('"<"')],
  ];

  it.each(cases)('%s', (_title, input, expected) => {
    const started = performance.now();
    check(input, expected);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('isStageIndex', () => {
  it.each([
    ['0', true],
    ['1', true],
    ['42', true],
    ['007', true],
    ['', false],
    ['build', false],
    ['-1', false],
    ['1.0', false],
    ['0x1', false],
    [' 1', false],
    ['1 ', false],
    ['１', false],
    ['node:18', false],
  ] as const)('%j → %s', (s, expected) => {
    expect(isStageIndex(s)).toBe(expected);
  });
});

// Renovate's extractor cases: the references written literally in them, judged by Docker's normalisation.
interface RenovateExpected {
  packageName: string | null;
  tag: string | null;
  digest: string | null;
  replaceString?: string;
  skipReason?: string;
}
interface RenovateCase {
  name: string;
  dockerfile: string;
  config: Record<string, unknown>;
  expected: RenovateExpected[];
  note?: string;
}

const renovateCases = readJsonl<RenovateCase>('conformance', 'renovate-extract-cases.jsonl');

/** Docker's registry/repository for each packageName the cases use, written out by hand. */
const DOCKER_NAMES: Record<string, string> = {
  node: 'docker.io/library/node',
  python: 'docker.io/library/python',
  golang: 'docker.io/library/golang',
  alpine: 'docker.io/library/alpine',
  ubuntu: 'docker.io/library/ubuntu',
  debian: 'docker.io/library/debian',
  nginx: 'docker.io/library/nginx',
  image1: 'docker.io/library/image1',
  image4: 'docker.io/library/image4',
  image5: 'docker.io/library/image5',
  image6: 'docker.io/library/image6',
  image11: 'docker.io/library/image11',
  image12: 'docker.io/library/image12',
  image13: 'docker.io/library/image13',
  'ghcr.io/astral-sh/uv': 'ghcr.io/astral-sh/uv',
  'example.com/cache/image': 'example.com/cache/image',
  'registry2.something.info/node': 'registry2.something.info/node',
  'registry2.something.info:5005/node': 'registry2.something.info:5005/node',
  'quay.io:1234/node': 'quay.io:1234/node',
  'mynamespace/node': 'docker.io/mynamespace/node',
  'registry2.something.info/someaccount/node': 'registry2.something.info/someaccount/node',
  'registry.allmine.info:5005/node': 'registry.allmine.info:5005/node',
  'gcr.io/k8s-skaffold/skaffold': 'gcr.io/k8s-skaffold/skaffold',
  'buildkite/puppeteer': 'docker.io/buildkite/puppeteer',
  'calico/node': 'docker.io/calico/node',
  'amd64/debian': 'docker.io/amd64/debian',
  'amd64/ubuntu': 'docker.io/amd64/ubuntu',
  'docker.io/library/debian': 'docker.io/library/debian',
  'public.ecr.aws/ubuntu/ubuntu': 'public.ecr.aws/ubuntu/ubuntu',
  'nvidia/cuda': 'docker.io/nvidia/cuda',
  'docker/dockerfile': 'docker.io/docker/dockerfile',
};

/** References Renovate accepts or reports differently from Docker, with what Docker says. */
const DOCKER_DEPARTURES: Record<string, { why: string; expected: Bad | null }> = {
  'image2:1.0.0@sha256:abcdef': {
    why: 'Docker rejects "sha256:abcdef" as a digest',
    expected: bad('at least 32'),
  },
  'image7:1.0.0@sha256:abcdef': {
    why: 'Docker rejects "sha256:abcdef" as a digest',
    expected: bad('at least 32'),
  },
  'quay.io/myName/myPackage:0.6.2': {
    why: 'Docker rejects upper case in a repository name',
    expected: bad('repository name must be lowercase'),
  },
  'index.docker.io/myName/myPackage:0.6.2': {
    why: 'Docker rejects upper case in a repository name',
    expected: bad('repository name must be lowercase'),
  },
  'myName/myPackage:0.6.2': {
    why: 'Docker reads "myName" as a registry (not all lower case) and rejects "myPackage"',
    expected: bad('repository name must be lowercase'),
  },
  'quay.io:1234/node': {
    why: "Renovate's display name drops the port; Docker keeps quay.io:1234",
    expected: null,
  },
  'amd64/debian:10': {
    why: "Renovate's display name drops amd64/; Docker keeps docker.io/amd64/debian",
    expected: null,
  },
  'amd64/ubuntu:18.04': {
    why: "Renovate's display name drops amd64/; Docker keeps docker.io/amd64/ubuntu",
    expected: null,
  },
};

/** A replaceString that is the reference itself, not Dockerfile text around it (ARG lines, FROM with variables). */
function isLiteralReference(s: string): boolean {
  return !s.trimStart().startsWith('ARG') && !/[\s$]/.test(s);
}

const renovateRows = renovateCases.flatMap((c) =>
  c.expected
    .filter((e) => e.packageName !== null && !e.skipReason && isLiteralReference(e.replaceString ?? ''))
    .map((e) => {
      const written = e.replaceString as string;
      const departure = DOCKER_DEPARTURES[written];
      const aliased =
        'registryAliases' in c.config
          ? ' (Renovate rewrites the name by a registry alias; Docker pulls it as written)'
          : '';
      const title = departure
        ? `${c.name.replace(/^.*> /, '')}: ${written} — Renovate departs from Docker: ${departure.why}; Docker's answer is asserted${aliased}`
        : `${c.name.replace(/^.*> /, '')}: ${written}${aliased}`;
      return [title, written, e] as const;
    }),
);

describe('parseImageReference: references written in Renovate extractor cases', () => {
  it('finds the literal references', () => {
    expect(renovateRows.length).toBeGreaterThan(50);
  });

  it.each(renovateRows)('%s', (_title, written, e) => {
    const departure = DOCKER_DEPARTURES[written];
    if (departure?.expected) {
      check(written, departure.expected);
      return;
    }
    const dockerName = DOCKER_NAMES[e.packageName as string];
    expect(dockerName).toBeDefined();
    const slash = dockerName.indexOf('/');
    const result = parseImageReference(written);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({
      registry: result.ref.registry,
      repository: result.ref.repository,
      tag: result.ref.tag,
      digest: result.ref.digest,
    }).toEqual({
      registry: dockerName.slice(0, slash),
      repository: dockerName.slice(slash + 1),
      tag: e.tag,
      digest: e.digest,
    });
  });

  it('COPY --from with a number names a stage, with a name or reference an image', () => {
    const froms = renovateCases.flatMap((c) => [...c.dockerfile.matchAll(/--from=(\S+)/g)].map((m) => m[1]));
    expect(froms).toContain('0');
    expect(froms.filter(isStageIndex)).toEqual(['0']);
    expect(isStageIndex('frontend')).toBe(false);
    expect(isStageIndex('gcr.io/k8s-skaffold/skaffold:v0.11.0')).toBe(false);
  });
});
