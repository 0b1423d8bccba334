/**
 * A local H2O h2oGPTe REST API for tests and `npm start`: `Authorization: Bearer sk-…` on
 * `/api/v1`, global keys and collection-specific keys. *Unverified* detail (see README): a
 * collection-specific key may list only its own collection, and `/api/v1/collections` says so.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { serveJson, type JsonServer } from './base';

export interface H2oKey {
  key: string;
  username: string;
  collectionId: string | null;
  active: boolean;
}

export interface H2oGpteServer extends JsonServer {
  readonly keys: Map<string, H2oKey>;
  readonly collections: { id: string; name: string }[];
  mintKey(options?: { username?: string; collection?: string }): string;
}

export async function startH2oGpte(): Promise<H2oGpteServer> {
  const keys = new Map<string, H2oKey>();
  const collections = [
    { id: randomUUID(), name: 'Contracts' },
    { id: randomUUID(), name: 'Support tickets' },
  ];
  const server = await serveJson(({ method, path, headers }) => {
    const m = /^bearer (.+)$/i.exec(headers.authorization ?? '');
    if (!m) return { status: 401, body: { detail: 'Not authenticated' } };
    const k = keys.get(m[1]);
    if (!k || !k.active) return { status: 401, body: { detail: 'Invalid API key' } };
    if (method === 'GET' && path === '/api/v1/collections') {
      const visible = k.collectionId ? collections.filter((c) => c.id === k.collectionId) : collections;
      return { status: 200, body: visible.map((c) => ({ id: c.id, name: c.name, is_global_key: k.collectionId === null })) };
    }
    if (method === 'GET' && path === '/api/v1/users/current') return { status: 200, body: { username: k.username } };
    return { status: 404, body: { detail: 'Not Found' } };
  });
  return Object.assign(server, {
    keys,
    collections,
    mintKey(options: { username?: string; collection?: string } = {}) {
      const key = `sk-${randomBytes(36).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 48)}`;
      const collectionId = options.collection ? collections.find((c) => c.name === options.collection)?.id ?? null : null;
      keys.set(key, { key, username: options.username ?? 'jane', collectionId, active: true });
      return key;
    },
  });
}
