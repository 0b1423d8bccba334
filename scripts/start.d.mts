// Types for scripts/start.mjs, so the e2e tier can start the demo's stand-ins as `npm start` does.

export interface StartedService {
  /** Added to code-server's environment. */
  env?: Record<string, string>;
  /** Written with writeSettings (scripts/code-server.mjs). */
  settings?: Record<string, unknown>;
  /** Printed in the banner. */
  urls?: Record<string, string>;
  /** The stand-ins' addresses and demo keys, as test/servers/serve.ts prints them. */
  info?: {
    platformUrl: string;
    engineUrl: string;
    scopeUrl: string;
    adminKey: string;
    serviceAccount: { clientId: string; clientSecret: string };
    whylabsUrl: string;
    h2ogpteUrl: string;
    rimeUrl: string;
    demoKeys: { whylabs: string; h2ogpte: string; rime: string; rimeWorkspace: string; scope: string };
  };
  stop(): Promise<void>;
}

export declare const services: Array<{ name: string; start(): Promise<StartedService> }>;
