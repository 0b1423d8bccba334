/**
 * Contract-validating stand-ins: a stand-in built with `serveContract` checks every request it
 * receives and every reply it sends against a platform's OpenAPI document (vendored verbatim in
 * test/contracts/, see test/unit/contracts.test.ts), through openapi-backend (routing, security
 * requirements, parameter and body validation with Ajv) plus ajv-formats (date-time and co.).
 *
 *   const server = await serveContract<Principal>({
 *     contract: 'whylabs',                       // test/contracts/whylabs.openapi.json
 *     apiRoot: '/api/v1',                        // when the spec's paths are relative to `servers`
 *     security: { ApiKeyAuth: (req) => ({ principal }) | { reject: { status: 403 } } },
 *     handlers: { ValidateApiKey: (req, principal) => ({ status: 200, body: {...} }), ... },
 *     outside: { notFound, methodNotAllowed, invalid, notJson? },   // the real server's answers
 *     facts: { DeleteKey: { 204: { body: 'none', fact: 'AE routers/api_key_routes.py:135' } } },
 *   });
 *
 * - A request outside the contract (unknown path or method, missing/invalid parameter or body)
 *   gets `outside.*`'s reply (what the real server answers, cited there) AND is recorded as a
 *   violation. A failed security requirement is not a violation (bad keys are test cases): it
 *   gets the `reject` reply of the first scheme that said why.
 * - Every reply to a matched operation is validated: its status must be declared (exact, NXX or
 *   `default`) or listed in `facts` (where the real server differs from its spec, with the fact
 *   cited), its body must match the declared schema, and a response declared without content
 *   must have no body. A mismatch is recorded as a violation and the reply is still sent.
 * - Under mocha, a test during which any stand-in recorded a violation it did not expect fails
 *   (root hooks wrap each test body; `server.expectViolation(/re/)` declares one the test provokes
 *   on purpose, and an expectation nothing matched fails too). Outside mocha (npm start)
 *   violations go to stderr. `server.violations` lists the current test's ones.
 * - Faults (`server.fault`, from ./base.ts) bypass validation: they stand for a broken server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import OpenAPIBackend, { type Context, type Document, type Operation } from 'openapi-backend';
import { serveJson, type JsonServer, type Reply, type Request } from './base';

export type { Reply, Request };

export const CONTRACTS_DIR = path.resolve(__dirname, '..', 'contracts');

/** A parsed request as the handlers see it, after it passed the contract. */
export interface ContractRequest extends Request {
  readonly operationId: string;
  /** Path parameters by their names in the contract (e.g. `id.uuid`). */
  readonly params: Record<string, string>;
}

/** What a security scheme makes of a request: who it is, or the reply the real server gives. */
export type AuthResult<P> = { principal: P } | { reject: Reply };

export interface Fact {
  /** 'none' = no body; else a JSON Schema the body must match. */
  body: 'none' | object;
  /** Where the real server's behaviour was read (e.g. the contracts README's facts). */
  fact: string;
}

export interface ContractOptions<P> {
  /** File name in test/contracts/ without `.openapi.json`. */
  contract: string;
  apiRoot?: string;
  /** One function per security scheme of the contract that the stand-in accepts (a scheme without one refuses). */
  security: Record<string, (req: Request) => AuthResult<P>>;
  /** One handler per operationId the stand-in implements; any other operation answers 501 and is recorded. */
  handlers: Record<string, (req: ContractRequest, principal: P) => Reply | Promise<Reply>>;
  outside: {
    notFound(req: Request): Reply;
    methodNotAllowed(req: Request): Reply;
    invalid(req: Request, errors: string[]): Reply;
    notJson?(): Reply;
  };
  /** Per operationId and status: replies the real server sends that its spec does not declare. */
  facts?: Record<string, Record<number, Fact>>;
}

export interface ContractServer extends JsonServer {
  /** Contract breaches seen (requests and replies), oldest first; the afterEach hook empties it. */
  readonly violations: string[];
  /** Declares that the running test provokes a violation matching `re` on purpose. */
  expectViolation(re: RegExp): void;
}

const documents = new Map<string, Document>();
/** The vendored contract, parsed once per process (stand-ins get a deep copy to dereference). */
export function contractDocument(name: string): Document {
  let doc = documents.get(name);
  if (!doc) {
    doc = JSON.parse(readFileSync(path.join(CONTRACTS_DIR, `${name}.openapi.json`), 'utf8')) as Document;
    documents.set(name, doc);
  }
  return structuredClone(doc);
}

/**
 * openapi-backend's path templating (bath-es5) only reads names of [A-Za-z0-9_-], and gRPC-gateway
 * contracts name nested fields (`{id.uuid}`): such names are routed under a stand-in name and
 * handed to handlers under the contract's name.
 */
function routable(doc: Document): Map<string, string> {
  const renamed = new Map<string, string>();
  const alias = (name: string) => {
    const a = `p_${name.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
    renamed.set(a, name);
    return a;
  };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown>>;
  for (const p of Object.keys(paths)) {
    if (!/\{[^}]*[^A-Za-z0-9_}-][^}]*\}/.test(p)) continue;
    const item = paths[p];
    const fix = (params: unknown) => {
      for (const prm of (params ?? []) as { in?: string; name?: string }[])
        if (prm.in === 'path' && prm.name && /[^A-Za-z0-9_-]/.test(prm.name)) prm.name = alias(prm.name);
    };
    fix(item.parameters);
    for (const op of Object.values(item))
      if (op && typeof op === 'object' && 'parameters' in op) fix((op as { parameters: unknown }).parameters);
    delete paths[p];
    paths[p.replace(/\{([^}]+)\}/g, (m, n: string) => (/[^A-Za-z0-9_-]/.test(n) ? `{${alias(n)}}` : m))] = item;
  }
  return renamed;
}

function describeErrors(errors: readonly { instancePath?: string; message?: string; params?: unknown }[] | null | undefined): string[] {
  return (errors ?? []).map((e) =>
    `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`.trim(),
  );
}

/** Per-request state handed to the shared backend's handlers. */
interface Ctx {
  req: Request;
  options: ContractOptions<unknown>;
  record(what: string): void;
  rejection?: Reply;
  principal?: unknown;
}

interface Backend {
  api: OpenAPIBackend;
  renamed: Map<string, string>;
}

const backends = new Map<string, Promise<Backend>>();
const factAjv = addFormats(new Ajv({ strict: false, allErrors: true }));

/**
 * One openapi-backend per contract and API root, shared by every stand-in of it (Ajv validators
 * compile once per process). `quick`: the contracts' own checker (tools/check-refs.mjs) validates
 * the documents; openapi-schema-validator also rejects the Arthur Engine's valid 3.1 security
 * names ("API Key"), so its definition check is skipped and validators compile on first use.
 */
function backendFor(contract: string, apiRoot: string): Promise<Backend> {
  const id = `${contract} ${apiRoot}`;
  let b = backends.get(id);
  if (!b) {
    b = (async () => {
      const definition = contractDocument(contract);
      const renamed = routable(definition);
      const api = new OpenAPIBackend({
        definition,
        apiRoot,
        // Paths are matched as written: `/auth/api_keys/` and `/auth/api_keys` are different routes.
        ignoreTrailingSlashes: false,
        validate: true,
        quick: true,
        customizeAjv: (ajv) => {
          addFormats(ajv as unknown as Ajv);
          return ajv;
        },
      });
      /** Checks one reply to a matched operation against the contract (or a cited fact). */
      const checkReply = (x: Ctx, op: Operation, r: Reply): void => {
        const where = `${op.method.toUpperCase()} ${op.path} (${op.operationId}) answered ${r.status}`;
        const fact = x.options.facts?.[op.operationId ?? '']?.[r.status];
        if (fact) {
          if (fact.body === 'none') {
            if (r.body !== undefined) x.record(`${where} with a body; the fact (${fact.fact}) says none`);
          } else if (!factAjv.validate(fact.body, r.body)) {
            x.record(`${where}: body does not match the fact's schema (${fact.fact}): ${describeErrors(factAjv.errors).join('; ')}`);
          }
          return;
        }
        const responses = (op.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
        const declared = responses[String(r.status)] ?? responses[`${Math.floor(r.status / 100)}XX`] ?? responses.default;
        if (!declared)
          return void x.record(`${where}, a status the contract does not declare (declared: ${Object.keys(responses).join(', ')})`);
        if (!declared.content) {
          if (r.body !== undefined) x.record(`${where} with a body, but the contract declares none for it`);
          return;
        }
        const result = api.validateResponse(r.body, op, r.status);
        if (!result.valid) x.record(`${where}: body does not match the contract: ${describeErrors(result.errors).join('; ')}`);
      };
      const validatedReply = async (x: Ctx, op: Operation, make: () => Reply | Promise<Reply>): Promise<Reply> => {
        const r = await make();
        checkReply(x, op, r);
        return r;
      };
      api.register({
        notFound: (_c: Context, x: Ctx) => {
          x.record(`${x.req.method} ${x.req.path}: no such path in the contract`);
          return x.options.outside.notFound(x.req);
        },
        methodNotAllowed: (_c: Context, x: Ctx) => {
          x.record(`${x.req.method} ${x.req.path}: the contract has this path but not this method`);
          return x.options.outside.methodNotAllowed(x.req);
        },
        unauthorizedHandler: (c: Context, x: Ctx) => validatedReply(x, c.operation, () => x.rejection ?? { status: 401 }),
        validationFail: (c: Context, x: Ctx) => {
          const errors = describeErrors(c.validation.errors).map((e) => e.replace(/p_[A-Za-z0-9_-]+/g, (a) => renamed.get(a) ?? a));
          x.record(`${x.req.method} ${x.req.path} (${c.operation.operationId}): request does not match the contract: ${errors.join('; ')}`);
          return validatedReply(x, c.operation, () => x.options.outside.invalid(x.req, errors));
        },
        // Every operation lands here: the stand-in's own handler map decides.
        notImplemented: (c: Context, x: Ctx) => {
          const operationId = c.operation.operationId ?? '';
          const handler = x.options.handlers[operationId];
          if (!handler) {
            x.record(`${x.req.method} ${x.req.path}: operation ${operationId} is in the contract but the stand-in does not implement it`);
            return { status: 501, body: { message: 'not implemented by the stand-in' } };
          }
          const params = Object.fromEntries(
            Object.entries(c.request.params as Record<string, string>).map(([k, v]) => [renamed.get(k) ?? k, v]),
          );
          return validatedReply(x, c.operation, () => handler({ ...x.req, operationId, params }, x.principal));
        },
      });
      const schemes = Object.keys((definition.components as { securitySchemes?: object } | undefined)?.securitySchemes ?? {});
      for (const name of schemes) {
        api.registerSecurityHandler(name, (_c: Context, x: Ctx) => {
          const result = x.options.security[name]?.(x.req);
          if (!result) return false;
          if ('principal' in result) {
            x.principal = result.principal;
            return true;
          }
          x.rejection ??= result.reject;
          return false;
        });
      }
      await api.init();
      return { api, renamed };
    })();
    backends.set(id, b);
  }
  return b;
}

export async function serveContract<P>(options: ContractOptions<P>): Promise<ContractServer> {
  const { api } = await backendFor(options.contract, options.apiRoot ?? '/');
  const violations: string[] = [];
  const record = (what: string) => {
    const text = `${options.contract}: ${what}`;
    violations.push(text);
    pending.push({ server: self, text });
    if (!mochaHooked) process.stderr.write(`contract violation: ${text}\n`);
  };
  const server = await serveJson(
    (req) =>
      api.handleRequest(
        {
          method: req.method,
          path: req.path,
          query: req.rawQuery,
          headers: req.headers as Record<string, string | string[]>,
          body: req.json,
        },
        { req, options: options as ContractOptions<unknown>, record } satisfies Ctx,
      ) as Promise<Reply>,
    { notJson: options.outside.notJson },
  );
  const self: ContractServer = Object.assign(server, {
    violations,
    expectViolation(re: RegExp) {
      pendingExpectations.push({ server: self, re });
    },
  });
  return self;
}

// ---- failing the test that caused a violation (mocha root hooks, registered once) ----

const pending: { server: ContractServer; text: string }[] = [];
const pendingExpectations: { server: ContractServer; re: RegExp }[] = [];

/** Empties the records of the test that just ran; the lines that should fail it. */
function settle(): string[] {
  const seen = pending.splice(0);
  const expectations = pendingExpectations.splice(0);
  const unexpected = seen.filter((v) => !expectations.some((e) => e.server === v.server && e.re.test(v.text)));
  const unmet = expectations.filter((e) => !seen.some((v) => v.server === e.server && e.re.test(v.text)));
  for (const v of seen) v.server.violations.splice(0);
  return [...unexpected.map((v) => `  - ${v.text}`), ...unmet.map((e) => `  - expected a violation matching ${e.re}, none was seen`)];
}

const failure = (lines: string[]) => new Error(`The stand-in saw traffic outside its contract:\n${lines.join('\n')}`);

type Hook = (fn: (this: Mocha.Context) => void) => void;
const mocha = globalThis as { beforeEach?: Hook; afterEach?: Hook };
const mochaHooked = typeof mocha.beforeEach === 'function' && typeof mocha.afterEach === 'function';
const wrapped = new WeakSet<Mocha.Test>();
if (mochaHooked) {
  // The check runs inside the test itself (a failing hook would stop every later test): each
  // promise-style test body is wrapped so that, once it passed, its violations fail it.
  mocha.beforeEach!(function () {
    const test = this.currentTest;
    const body = test?.fn;
    if (!test || !body || body.length > 0) return;
    wrapped.add(test);
    test.fn = async function (this: Mocha.Context) {
      await (body as (this: Mocha.Context) => unknown).call(this);
      const lines = settle();
      if (lines.length) throw failure(lines);
    };
  });
  // Tests that failed on their own drop their records here; a done-callback test is checked here.
  mocha.afterEach!(function () {
    const lines = settle();
    if (lines.length && this.currentTest && !wrapped.has(this.currentTest)) throw failure(lines);
  });
}
