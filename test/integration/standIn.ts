/** A stand-in's lifetime in a mocha suite, written once. */

/**
 * Starts a stand-in before each test of the enclosing describe (or once before all of them, with
 * `once`), hands it to `use`, and closes it afterwards.
 */
export function withStandIn<S extends { close(): Promise<void> }>(
  start: () => Promise<S>,
  use: (server: S) => void,
  { once = false } = {},
): void {
  let server: S | undefined;
  (once ? before : beforeEach)(async () => {
    server = await start();
    use(server);
  });
  (once ? after : afterEach)(async () => {
    await server?.close();
    server = undefined;
  });
}
