// Registry look-ups against a real OCI registry (Debian's docker-registry on 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtInCatalog } from '../src/catalog.js';
import { runCli, type Io } from '../src/cli.js';
import { evaluateFile, type Finding } from '../src/evaluate.js';
import { gatherDigests } from '../src/resolve/digests.js';
import { pinSuggestions } from '../src/resolve/pin.js';
import { DigestResolver, dockerConfigCredentials, parseChallenge } from '../src/resolve/registry.js';
import { policyOf, scanned } from './helpers/rule-tester.js';
import { registryAvailable, TestRegistry } from './helpers/registry.js';

const describeRegistry = registryAvailable() ? describe : describe.skip;
const catalog = builtInCatalog();

describe('registry pieces', () => {
  it('reads an authentication challenge', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/python:pull',
      },
    });
  });

  it('reads credentials from the Docker config file, never its helpers', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-docker-'));
    writeFileSync(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: Buffer.from('me:pw').toString('base64') },
          'ghcr.io': { username: 'u', password: 'p' },
        },
        credsStore: 'desktop',
        credHelpers: { 'gcr.io': 'gcloud' },
      }),
    );
    const credentials = dockerConfigCredentials({ DOCKER_CONFIG: dir });
    expect([...credentials]).toEqual([
      ['docker.io', { username: 'me', password: 'pw' }],
      ['ghcr.io', { username: 'u', password: 'p' }],
    ]);
  });
});

describe('a registry that rate-limits', () => {
  it('is one notice for the registry, and the rest of its look-ups are not made', async () => {
    const { createServer } = await import('node:http');
    let asked = 0;
    const server = createServer((_req, res) => {
      asked++;
      res.writeHead(429, { 'retry-after': '60' });
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const resolver = new DigestResolver({ concurrency: 1 });
      const answers = await Promise.all(['a', 'b', 'c'].map((t) => resolver.resolve(host, 'x/y', t)));
      expect(answers.every((a) => 'error' in a)).toBe(true);
      expect(resolver.notices()).toEqual([
        { registry: host, message: `${host} answered 429 (rate limited)` },
      ]);
      expect(asked).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe('a registry that is slow or silent', () => {
  async function serve(answer: (res: import('node:http').ServerResponse) => void) {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => answer(res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { server, host: `127.0.0.1:${(server.address() as { port: number }).port}` };
  }

  it('one that never answers costs one time-out, not one per tag', async () => {
    let asked = 0;
    const { server, host } = await serve(() => asked++);
    try {
      const resolver = new DigestResolver({ concurrency: 1, timeoutMs: 300 });
      const started = Date.now();
      const answers = await Promise.all(['a', 'b', 'c', 'd'].map((t) => resolver.resolve(host, 'x/y', t)));
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(answers.every((a) => 'error' in a)).toBe(true);
      expect(asked).toBe(1);
      expect(resolver.notices()).toEqual([
        { registry: host, message: `${host} could not be reached: timed out` },
      ]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('one that answers slowly is asked until the budget is spent, then the rest are given up', async () => {
    let asked = 0;
    const { server, host } = await serve((res) => {
      asked++;
      setTimeout(() => {
        res.writeHead(200, { 'docker-content-digest': `sha256:${'a'.repeat(64)}` });
        res.end();
      }, 250);
    });
    try {
      const resolver = new DigestResolver({ concurrency: 1, budgetMs: 1_000 });
      const started = Date.now();
      const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
      const answers = await Promise.all(tags.map((t) => resolver.resolve(host, 'x/y', t)));
      expect(Date.now() - started).toBeLessThan(2_500);
      const found = answers.filter((a) => 'digest' in a).length;
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThan(tags.length);
      expect(asked).toBeLessThanOrEqual(found + 1);
      expect(resolver.notices()).toEqual([{ registry: host, message: 'look-ups stopped after 1 s' }]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describeRegistry('against a real registry', () => {
  let open: TestRegistry;
  let locked: TestRegistry;
  let v1: string;
  let index: { index: string; manifests: string[] };

  beforeAll(async () => {
    open = await new TestRegistry().start();
    locked = await new TestRegistry({ users: { alice: 's3cret' } }).start();
    v1 = await open.pushImage('team/app', '1.0', 'first');
    index = await open.pushIndex('team/multi', '2.0');
    await locked.pushImage('team/private', '1.0', 'p');
  }, 60_000);

  afterAll(async () => {
    await open.stop();
    await locked.stop();
  });

  it('HEADs a tag for its digest, once per reference, over plain HTTP on loopback', async () => {
    const resolver = new DigestResolver();
    const [a, b] = await Promise.all([
      resolver.resolve(open.host, 'team/app', '1.0'),
      resolver.resolve(open.host, 'team/app', '1.0'),
    ]);
    expect(a).toEqual({ digest: v1 });
    expect(b).toEqual({ digest: v1 });
    expect(resolver.requests).toBe(1);
    expect(await resolver.resolve(open.host, 'team/app', 'nope')).toEqual({
      error: `${open.host}/team/app:nope does not exist`,
    });
  });

  it('answers a basic-auth challenge with credentials, and says once when it cannot', async () => {
    const withCredentials = new DigestResolver({
      credentials: new Map([[locked.host, { username: 'alice', password: 's3cret' }]]),
    });
    expect(await withCredentials.resolve(locked.host, 'team/private', '1.0')).toMatchObject({
      digest: expect.stringMatching(/^sha256:/),
    });
    const without = new DigestResolver();
    await without.resolve(locked.host, 'team/private', '1.0');
    await without.resolve(locked.host, 'team/other', '1.0');
    expect(without.notices()).toEqual([{ registry: locked.host, message: `${locked.host} answered 401` }]);
    // the second look-up did not ask again
    expect(without.requests).toBe(1);
  });

  it('follows the bearer-token flow of WWW-Authenticate, one token per scope', async () => {
    const tokens = await new TestRegistry({ tokenAuth: true }).start();
    try {
      // pushing needs push rights: the token service grants what is asked
      const pushed = await fetch(`http://${tokens.host}/v2/`);
      expect(pushed.status).toBe(401);
      expect(pushed.headers.get('www-authenticate')).toMatch(
        /^Bearer realm="http:\/\/127\.0\.0\.1:[0-9]+\/token",service="test-registry"/,
      );
      const resolver = new DigestResolver();
      const answer = await resolver.resolve(tokens.host, 'team/none', '1.0');
      // authenticated, and the registry says the image is not there: the token was accepted
      expect(answer).toEqual({ error: `${tokens.host}/team/none:1.0 does not exist` });
      await resolver.resolve(tokens.host, 'team/none', '2.0');
      expect(tokens.tokenRequests).toEqual([
        { service: 'test-registry', scope: 'repository:team/none:pull', authorization: null },
      ]);
      expect(resolver.notices()).toEqual([]);
    } finally {
      await tokens.stop();
    }
  });

  it('a registry that is down is one notice, and the verdict does not change', async () => {
    const down = new TestRegistry();
    await down.start();
    const host = down.host;
    await down.stop();
    await new Promise((r) => setTimeout(r, 200));
    const resolver = new DigestResolver({ timeoutMs: 2000 });
    const file = scanned(`FROM ${host}/team/app:1.0\n`);
    const facts = await gatherDigests(file.images, resolver);
    expect(resolver.notices()).toHaveLength(1);
    const policy = policyOf();
    const offline = evaluateFile(file, { policy, catalog, today: '2026-11-23' });
    const online = evaluateFile(file, { policy, catalog, today: '2026-11-23', digests: facts });
    expect(online.map((f) => [f.rule, f.severity])).toEqual(offline.map((f) => [f.rule, f.severity]));
  });

  it('suggests the current digest for an unpinned tag, and finds a pin its tag has moved away from', async () => {
    await open.pushImage('team/moving', '1.0', 'old');
    const old = (await new DigestResolver().resolve(open.host, 'team/moving', '1.0')) as { digest: string };
    const current = await open.pushImage('team/moving', '1.0', 'new');
    const text = `FROM ${open.host}/team/moving:1.0@${old.digest} AS a\nFROM ${open.host}/team/moving:1.0\n`;
    const file = scanned(text);
    const facts = await gatherDigests(file.images, new DigestResolver());
    const findings = evaluateFile(file, { policy: policyOf(), catalog, today: '2026-11-23', digests: facts });
    const outdated = findings.find((f) => f.rule === 'digest-outdated');
    expect(outdated).toMatchObject({
      line: 1,
      severity: 'notice',
      message: `${open.host}/team/moving:1.0@${old.digest}: the tag 1.0 now points to ${current}`,
    });
    expect(outdated?.suggestion?.line).toBe(`FROM ${open.host}/team/moving:1.0@${current} AS a`);
    const required = findings.find((f) => f.rule === 'digest-required');
    expect(required?.suggestion?.line).toBe(`FROM ${open.host}/team/moving:1.0@${current}`);
  });

  it('knows a pin to one platform image of a multi-platform tag is current, and approves by index digest', async () => {
    const text = `FROM ${open.host}/team/multi:2.0@${index.manifests[1]}\n`;
    const file = scanned(text);
    const resolver = new DigestResolver();
    const facts = await gatherDigests(file.images, resolver);
    expect(facts.get(`${open.host}/team/multi:2.0`)).toEqual({
      current: index.index,
      platforms: index.manifests,
    });
    const policy = policyOf(
      `approved:\n  - image: ${open.host}/team/multi\n    digests: ["${index.index}"]\n`,
    );
    const findings = evaluateFile(file, { policy, catalog, today: '2026-11-23', digests: facts });
    expect(findings.filter((f) => f.rule === 'digest-outdated' || f.rule === 'digest-not-approved')).toEqual(
      [],
    );
    // offline, the platform digest is not known to belong to the approved index
    const offline = evaluateFile(file, { policy, catalog, today: '2026-11-23' });
    expect(offline.map((f) => f.rule)).toContain('digest-not-approved');
  });

  it('suggestions carry the current digest of the image they put in', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-sugg-'));
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${open.host}/team/old:1.0 AS app\n`);
    writeFileSync(
      path.join(dir, 'policy.yml'),
      `version: 1\ndenied:\n  - image: ${open.host}/team/old\n    use: ${open.host}/team/app:1.0\n`,
    );
    let out = '';
    const io: Io = {
      stdout: (t) => (out += t),
      stderr: () => {},
      isTTY: false,
      env: { BASE_IMAGE_POLICY_TODAY: '2026-11-23' },
    };
    await runCli(
      ['scan', '--format', 'json', '--policy', path.join(dir, 'policy.yml'), path.join(dir, 'Dockerfile')],
      io,
    );
    const denied = JSON.parse(out).findings.find((f: { rule: string }) => f.rule === 'image-denied');
    expect(denied.suggestion).toEqual({
      line: `FROM ${open.host}/team/app:1.0@${v1} AS app`,
      alternatives: [],
    });
  });

  it('pins the alternatives a suggestion offers as well as its replacement', async () => {
    const finding = {
      suggestion: {
        line: `FROM ${open.host}/team/app:1.0 AS app`,
        reference: `${open.host}/team/app:1.0`,
        column: 5,
        alternatives: [`${open.host}/team/multi:2.0`, `${open.host}/team/none:9`, 'scratch'],
      },
    } as unknown as Finding;
    await pinSuggestions([finding], new DigestResolver());
    expect(finding.suggestion).toMatchObject({
      line: `FROM ${open.host}/team/app:1.0@${v1} AS app`,
      // a tag the registry does not know, and scratch, stay as they are
      alternatives: [`${open.host}/team/multi:2.0@${index.index}`, `${open.host}/team/none:9`, 'scratch'],
    });
  });

  it('fix --pin writes the current digests; --offline asks nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-pin-'));
    writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${open.host}/team/app:1.0\r\nCMD ["/app"]\r\n`);
    const io: Io = {
      stdout: () => {},
      stderr: () => {},
      isTTY: false,
      env: { BASE_IMAGE_POLICY_TODAY: '2026-11-23' },
    };
    expect(await runCli(['fix', '--pin', path.join(dir, 'Dockerfile')], io)).toBe(0);
    expect(readFileSync(path.join(dir, 'Dockerfile'), 'utf8')).toBe(
      `FROM ${open.host}/team/app:1.0@${v1}\r\nCMD ["/app"]\r\n`,
    );
    expect(await runCli(['fix', '--pin', '--offline', path.join(dir, 'Dockerfile')], io)).toBe(2);
  });
});
