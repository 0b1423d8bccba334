/**
 * What the e2e specs share beyond the harness: stand-ins started before VS Code, with its settings
 * pointing at them; and the sign-in flows, answered step by step, each step's numbered title
 * (client/src/ui/steps.ts: "<flow> (i/n)") checked before it is answered.
 */
import { startArthurEngine, type ArthurEngine } from '../servers/arthur-engine';
import { useVSCode, type VSCodeSession } from './harness';

export interface StandIn {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * VS Code with stand-ins: `start` runs before VS Code starts, `settingsOf` points the settings at
 * them, and every stand-in closes after the suite.
 */
export function useVSCodeWith<T extends Record<string, StandIn>>(
  name: string,
  start: () => Promise<T>,
  settingsOf: (servers: T) => Record<string, unknown>,
): { readonly session: VSCodeSession; readonly servers: T } {
  let servers: T | undefined;
  const settings: Record<string, unknown> = {};
  before(async () => {
    servers = await start();
    Object.assign(settings, settingsOf(servers));
  });
  after(async () => {
    await Promise.all(Object.values(servers ?? {}).map((s) => s.close()));
  });
  const vs = useVSCode({ name, settings });
  return {
    get session() {
      return vs.session;
    },
    get servers() {
      if (!servers) throw new Error('the stand-ins are not running (did the before hook fail?)');
      return servers;
    },
  };
}

/** VS Code set to an Arthur Engine stand-in (a current one, with its admin key). */
export function useVSCodeWithEngine(name: string): { readonly session: VSCodeSession; readonly engine: ArthurEngine } {
  const vs = useVSCodeWith(
    name,
    async () => ({ engine: await startArthurEngine() }),
    ({ engine }) => ({ 'keywarden.arthur.engineUrl': engine.url }),
  );
  return {
    get session() {
      return vs.session;
    },
    get engine() {
      return vs.servers.engine;
    },
  };
}

/** Waits until the quick input shows `title` (e.g. a step "Arthur Engine: create a key (2/4)"); its text. */
export function waitForStep(session: VSCodeSession, title: string | RegExp): Promise<string> {
  return session.waitForText(title, { selector: '.quick-input-widget' });
}

/** One step's answer: text typed and submitted, a row picked, a key pressed, or anything else done with the session. */
export type Answer = string | { pick: string } | { press: 'Enter' } | ((session: VSCodeSession) => Promise<void>);

/** Answers each step of the flow `title`, after checking the step's numbered title. */
export async function answerSteps(session: VSCodeSession, title: string, answers: readonly Answer[]): Promise<void> {
  for (const [i, answer] of answers.entries()) {
    await waitForStep(session, `${title} (${i + 1}/${answers.length})`);
    if (typeof answer === 'string') await session.fillQuickInput(answer);
    else if (typeof answer === 'function') await answer(session);
    else if ('pick' in answer) await session.pickQuickItem(answer.pick);
    else await session.page.keyboard.press(answer.press);
  }
}

/** Opens "Sign in / Create key", picks `action` (e.g. "WhyLabs: use an existing API key") and answers its steps. */
export async function signIn(session: VSCodeSession, action: string, answers: readonly Answer[]): Promise<void> {
  await session.runCommand('KeyWarden: Sign in / Create key');
  // Filter first: the list renders only the rows in view.
  await session.fillQuickInput(action.split(':')[1].trim(), { submit: false });
  await session.pickQuickItem(action);
  await answerSteps(session, action, answers);
}
