// A real OCI registry for the tests: Debian's docker-registry (the CNCF distribution server), started on
// 127.0.0.1 on a free port with temporary storage; images are pushed through its API.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

/** In CI the registry must be there (.ci/run installs it); elsewhere its tests may skip. */
export function registryAvailable(): boolean {
  if (existsSync(REGISTRY_BINARY)) return true;
  if (process.env.BIP_REQUIRE_REGISTRY === '1')
    throw new Error(`${REGISTRY_BINARY} is missing: apt-get install docker-registry`);
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export class TestRegistry {
  private child: ChildProcess | null = null;
  host = '';
  private authHeader: string | null = null;

  constructor(private readonly options: { users?: Record<string, string> } = {}) {}

  async start(): Promise<this> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bip-registry-'));
    const port = await freePort();
    let auth = '';
    if (this.options.users) {
      const lines = Object.entries(this.options.users).map(([u, p]) => `${u}:${bcrypt.hashSync(p, 4)}`);
      writeFileSync(path.join(dir, 'htpasswd'), lines.join('\n') + '\n');
      auth = `auth:\n  htpasswd:\n    realm: test\n    path: ${path.join(dir, 'htpasswd')}\n`;
      const [user, password] = Object.entries(this.options.users)[0];
      this.authHeader = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    const config = path.join(dir, 'config.yml');
    writeFileSync(
      config,
      `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${path.join(dir, 'data')}\n` +
        `http:\n  addr: 127.0.0.1:${port}\n  secret: test-secret\n${auth}`,
    );
    this.child = spawn(REGISTRY_BINARY, ['serve', config], { stdio: 'ignore' });
    this.host = `127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`http://${this.host}/v2/`);
        if (res.status === 200 || res.status === 401) return this;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the registry did not start');
  }

  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.authHeader ? { authorization: this.authHeader, ...extra } : extra;
  }

  async pushBlob(name: string, data: Buffer): Promise<string> {
    const digest = sha256(data);
    const start = await fetch(`http://${this.host}/v2/${name}/blobs/uploads/`, {
      method: 'POST',
      headers: this.headers(),
    });
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
    const location = new URL(start.headers.get('location') as string, `http://${this.host}`);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, {
      method: 'PUT',
      headers: this.headers({ 'content-type': 'application/octet-stream' }),
      body: data,
    });
    if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
    return digest;
  }

  async pushManifest(name: string, reference: string, body: string, mediaType: string): Promise<string> {
    const res = await fetch(`http://${this.host}/v2/${name}/manifests/${reference}`, {
      method: 'PUT',
      headers: this.headers({ 'content-type': mediaType }),
      body,
    });
    if (res.status !== 201) throw new Error(`manifest push: ${res.status} ${await res.text()}`);
    return res.headers.get('docker-content-digest') as string;
  }

  /** An image (one layer) under a tag; `seed` makes distinct images. Returns its manifest digest. */
  async pushImage(
    name: string,
    tag: string,
    seed = 'a',
    platform = { os: 'linux', architecture: 'amd64' },
  ): Promise<string> {
    const config = Buffer.from(
      JSON.stringify({
        ...platform,
        rootfs: { type: 'layers', diff_ids: [] },
        config: { Env: [`SEED=${seed}`] },
      }),
    );
    const layer = Buffer.from(`layer ${seed}`);
    const configDigest = await this.pushBlob(name, config);
    const layerDigest = await this.pushBlob(name, layer);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length,
      },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length },
      ],
    });
    return this.pushManifest(name, tag, manifest, OCI_MANIFEST);
  }

  /** A multi-platform index under a tag; returns the index digest and the platform manifests' digests. */
  async pushIndex(name: string, tag: string, seed = 'a'): Promise<{ index: string; manifests: string[] }> {
    const platforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ];
    const manifests: { digest: string; size: number; platform: object }[] = [];
    for (const platform of platforms) {
      const digest = await this.pushImage(
        name,
        `${tag}-${platform.architecture}`,
        `${seed}-${platform.architecture}`,
        platform,
      );
      const res = await fetch(`http://${this.host}/v2/${name}/manifests/${digest}`, {
        headers: this.headers({ accept: OCI_MANIFEST }),
      });
      const size = (await res.arrayBuffer()).byteLength;
      manifests.push({ digest, size, platform });
    }
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: manifests.map((m) => ({
        mediaType: OCI_MANIFEST,
        digest: m.digest,
        size: m.size,
        platform: m.platform,
      })),
    });
    return {
      index: await this.pushManifest(name, tag, index, OCI_INDEX),
      manifests: manifests.map((m) => m.digest),
    };
  }
}
