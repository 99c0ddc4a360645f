import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { discover, discoverEach } from '../src/discover.js';
import { inventory } from '../src/inventory.js';
import { MAX_FILE_BYTES, readDockerfile } from '../src/read.js';
import { UsageError } from '../src/types.js';
import { writeUnder } from './helpers/files.js';

let outside: string;
let root: string;

function write(rel: string, text: string | Buffer): void {
  writeUnder(root, rel, text);
}

beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'bip-discover-'));
  outside = path.join(base, 'outside');
  root = path.join(base, 'repo');
  mkdirSync(outside);
  mkdirSync(root);
  writeFileSync(path.join(outside, 'Dockerfile'), 'FROM secret-image\n');
  for (const name of [
    'Dockerfile',
    'svc/Dockerfile.dev',
    'svc/api.Dockerfile',
    'svc/web.dockerfile',
    'podman/Containerfile',
    'podman/Containerfile.test',
    'deploy/Dockerfile-prod',
    'deploy/Dockerfile_ci',
    'deploy/dockerfile',
    'podman/app.containerfile',
    'docs/Dockerfile.md.txt',
    '.devcontainer/Dockerfile',
  ]) {
    write(name, 'FROM alpine\n');
  }
  write('README.md', '# not a Dockerfile\n');
  write('Dockerfile2', 'FROM alpine\n');
  write('node_modules/pkg/Dockerfile', 'FROM alpine\n');
  write('vendor/lib/Dockerfile', 'FROM alpine\n');
  write('.git/Dockerfile', 'FROM alpine\n');
  write('big/Dockerfile', 'FROM alpine\n' + '#'.repeat(MAX_FILE_BYTES));
  write('bin/Dockerfile', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x01]));
  write('latin1/Dockerfile', Buffer.from('FROM alpine\n# caf\xe9\n', 'latin1'));
  mkdirSync(path.join(root, 'links'));
  symlinkSync(path.join(outside, 'Dockerfile'), path.join(root, 'links', 'Dockerfile'));
  symlinkSync(path.join(root, 'Dockerfile'), path.join(root, 'links', 'Dockerfile.inside'));
  symlinkSync(outside, path.join(root, 'links', 'dir'));
  symlinkSync(path.join(root, 'links', 'loop.Dockerfile'), path.join(root, 'links', 'loop.Dockerfile'));
  symlinkSync(path.join(root, 'links'), path.join(root, 'links', 'self'));
});

afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

describe('discover', () => {
  it('finds the default Dockerfile names, skipping node_modules, vendor and .git', () => {
    const found = discover({ root }).map((f) => f.path);
    expect(found).toEqual([
      '.devcontainer/Dockerfile',
      'Dockerfile',
      'big/Dockerfile',
      'bin/Dockerfile',
      'deploy/Dockerfile-prod',
      'deploy/Dockerfile_ci',
      'deploy/dockerfile',
      'docs/Dockerfile.md.txt',
      'latin1/Dockerfile',
      'links/Dockerfile',
      'links/Dockerfile.inside',
      'links/loop.Dockerfile',
      'podman/Containerfile',
      'podman/Containerfile.test',
      'podman/app.containerfile',
      'svc/Dockerfile.dev',
      'svc/api.Dockerfile',
      'svc/web.dockerfile',
    ]);
  });

  it('never follows a link out of the root, nor a loop, and says why', () => {
    const byPath = new Map(discover({ root }).map((f) => [f.path, f]));
    expect(byPath.get('links/Dockerfile')?.problem?.reason).toBe('symlink-outside');
    expect(byPath.get('links/Dockerfile.inside')?.problem).toBeNull();
    expect(byPath.get('links/loop.Dockerfile')?.problem?.reason).toBe('unreadable');
    expect([...byPath.keys()].some((p) => p.startsWith('links/dir') || p.startsWith('links/self'))).toBe(
      false,
    );
  });

  it('takes custom patterns and excludes', () => {
    expect(discover({ root, files: ['**/Dockerfile2'] }).map((f) => f.path)).toEqual(['Dockerfile2']);
    expect(
      discover({
        root,
        exclude: ['svc/**', 'links/**', 'big/**', 'bin/**', 'latin1/**', 'deploy/**', 'podman/app.*'],
      }).map((f) => f.path),
    ).toEqual([
      '.devcontainer/Dockerfile',
      'Dockerfile',
      'docs/Dockerfile.md.txt',
      'node_modules/pkg/Dockerfile',
      'podman/Containerfile',
      'podman/Containerfile.test',
      'vendor/lib/Dockerfile',
    ]);
  });

  it('scans a named file whatever its name, and named folders', () => {
    expect(discover({ root, paths: ['Dockerfile2', 'svc'] }).map((f) => f.path)).toEqual([
      'Dockerfile2',
      'svc/Dockerfile.dev',
      'svc/api.Dockerfile',
      'svc/web.dockerfile',
    ]);
  });

  it('refuses a path that does not exist, and a bad pattern', () => {
    expect(() => discover({ root, paths: ['nope'] })).toThrow(UsageError);
    expect(() => discover({ root, paths: ['nope'] })).toThrow('nope: no such file or folder');
    expect(() => discover({ root, files: [''] })).toThrow(UsageError);
  });
});

describe('read and inventory of bad files', () => {
  it('reports large, binary and linked-out files without reading them as Dockerfiles', () => {
    const byPath = new Map(inventory({ root }).map((f) => [f.path, f]));
    expect(byPath.get('big/Dockerfile')?.problem).toMatchObject({ reason: 'too-large' });
    expect(byPath.get('bin/Dockerfile')?.problem).toMatchObject({ reason: 'binary' });
    expect(byPath.get('links/Dockerfile')?.images).toEqual([]);
    expect(byPath.get('Dockerfile')?.images.map((i) => i.image)).toEqual(['docker.io/library/alpine']);
  });

  it('reads invalid UTF-8 with a warning', () => {
    const file = inventory({ root, paths: ['latin1'] })[0];
    expect(file.images.map((i) => i.image)).toEqual(['docker.io/library/alpine']);
    expect(file.warnings[0].message).toMatch(/not valid UTF-8/);
  });

  it('checks the size it reads, not only the size it was told', () => {
    const result = readDockerfile(path.join(root, 'big', 'Dockerfile'), 10);
    expect(result.ok).toBe(false);
  });
});

describe('the order of a walk', () => {
  it('hands files on as it walks, already in the order of their paths', () => {
    const tree = mkdtempSync(path.join(os.tmpdir(), 'bip-order-'));
    // names where the order of a folder's entries and the order of whole paths could part: a folder beside a
    // longer name it is the start of, separators below '/', upper case, a space, letters past ASCII
    const names = [
      'a/Dockerfile',
      'a-c/Dockerfile',
      'a.Dockerfile',
      'a.b/Dockerfile',
      'ab/Dockerfile',
      'a/b/Dockerfile',
      'a/b-c/Dockerfile',
      'a/b.Dockerfile',
      'A/Dockerfile',
      'a b/Dockerfile',
      'é/Dockerfile',
      'Dockerfile',
      'Dockerfile.x',
      'Dockerfile-x/Dockerfile',
      '0/Dockerfile',
      '_/Dockerfile',
    ];
    for (const name of names) {
      mkdirSync(path.dirname(path.join(tree, name)), { recursive: true });
      writeFileSync(path.join(tree, name), 'FROM alpine\n');
    }
    const order: string[] = [];
    discoverEach({ root: tree }, (file) => order.push(file.path));
    expect(order).toHaveLength(names.length);
    expect(order).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // several paths: gathered, freed of doubles and sorted
    const several: string[] = [];
    discoverEach({ root: tree, paths: ['a', 'a/b', 'Dockerfile'] }, (file) => several.push(file.path));
    expect(several).toEqual([
      'Dockerfile',
      'a/Dockerfile',
      'a/b-c/Dockerfile',
      'a/b.Dockerfile',
      'a/b/Dockerfile',
    ]);
    rmSync(tree, { recursive: true, force: true });
  });

  it('checks every given path before it hands on a file', () => {
    const seen: string[] = [];
    expect(() => discoverEach({ root, paths: ['svc', 'nope'] }, (file) => seen.push(file.path))).toThrow(
      'nope: no such file or folder',
    );
    expect(seen).toEqual([]);
  });
});

describe('discover outside the current folder', () => {
  it('matches and reports paths relative to a named folder that lies outside the root', () => {
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'bip-elsewhere-'));
    mkdirSync(path.join(elsewhere, 'svc'));
    writeFileSync(path.join(elsewhere, 'svc', 'Dockerfile'), 'FROM alpine\n');
    const found = discover({ root, paths: [elsewhere] });
    expect(found.map((f) => f.path)).toEqual(['svc/Dockerfile']);
    expect(found[0].absolute).toBe(path.join(elsewhere, 'svc', 'Dockerfile'));
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
