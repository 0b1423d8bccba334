/**
 * The shared faults every platform client meets, as one loop: a slow server (timeout), a 5xx, a
 * reply that is not JSON, a dropped connection, and an address where nothing listens.
 */
import type { PlatformError } from '../../common/api/http';
import { refusedUrl } from '../servers/base';
import type { ContractServer } from '../servers/contract';
import { rejectsWith } from './expect';

/**
 * Runs `call(url, timeoutMs)` under each fault of `server` and at a refused address, asserting
 * the error a user would see. `name` labels failures (e.g. "listKeys").
 */
export async function assertFaults(
  server: ContractServer,
  name: string,
  call: (url: string, timeoutMs: number) => Promise<unknown>,
  service: RegExp,
): Promise<void> {
  const cases: [ContractServer['fault'], PlatformError['kind'], RegExp][] = [
    [{ kind: 'slow', ms: 1500 }, 'timeout', /did not answer within/],
    [{ kind: 'status', status: 503 }, 'server', /HTTP 503/],
    [{ kind: 'malformed' }, 'malformed', /could not read \(not JSON/],
    [{ kind: 'drop' }, 'network', /Could not reach|closed the connection/],
  ];
  try {
    for (const [fault, kind, message] of cases) {
      server.fault = fault;
      const err = await rejectsWith(call(server.url, 300), kind, message).catch((e: Error) => {
        throw new Error(`${name} under ${fault!.kind}: ${e.message}`);
      });
      if (!service.test(err.message)) throw new Error(`${name} under ${fault!.kind}: "${err.message}" does not name ${service}`);
    }
  } finally {
    server.fault = undefined;
  }
  await rejectsWith(call(await refusedUrl(), 300), 'network', /connection refused/);
}

/**
 * One test per call in `calls`, each under every fault of assertFaults, through the client that
 * `connect` (run inside the test, e.g. to mint a key) makes for an address and a timeout.
 */
export function itSurvivesFaults<C>(
  server: () => ContractServer,
  service: RegExp,
  connect: () => (url: string, timeoutMs: number) => C,
  calls: Record<string, (client: C) => Promise<unknown>>,
): void {
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: timeout, 5xx, malformed JSON, dropped connection, connection refused`, async () => {
      const client = connect();
      await assertFaults(server(), name, (url, ms) => call(client(url, ms)), service);
    });
  }
}
