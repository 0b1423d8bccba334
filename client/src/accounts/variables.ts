/**
 * Environment variables stored by the linter's quick-fix (`DB_PASSWORD`, `OPENAI_API_KEY` …):
 * values live in SecretStorage, one secret per variable, plus an index of the names (names
 * only, also in SecretStorage so one store holds all of KeyWarden's state about secrets).
 */
import * as vscode from 'vscode';
import { ENV_NAME } from '../../../common/protocol';

const INDEX_KEY = 'keywarden.variables';
const valueKey = (name: string) => `keywarden.variable.${name}`;

export class StoredVariables {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** True when a SecretStorage change event concerns these variables. */
  static concerns(key: string): boolean {
    return key === INDEX_KEY || key.startsWith('keywarden.variable.');
  }

  async names(): Promise<string[]> {
    const raw = await this.secrets.get(INDEX_KEY);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string' && ENV_NAME.test(n)) : [];
    } catch {
      return [];
    }
  }

  async all(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const name of await this.names()) {
      const value = await this.secrets.get(valueKey(name));
      if (value !== undefined) out.set(name, value);
    }
    return out;
  }

  get(name: string): Thenable<string | undefined> {
    return this.secrets.get(valueKey(name));
  }

  /**
   * Where `value` can be stored for code that wants `name`: `name` itself unless it holds a
   * different value, else the first numbered name (`NAME_2` …) that is free or holds this value.
   */
  async freeName(name: string, value: string): Promise<string> {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${name}_${n}`;
      const held = await this.get(candidate);
      if (held === undefined || held === value) return candidate;
    }
  }

  async store(name: string, value: string): Promise<void> {
    if (!ENV_NAME.test(name)) throw new Error(`"${name}" is not a valid environment variable name`);
    await this.secrets.store(valueKey(name), value);
    const names = await this.names();
    if (!names.includes(name)) await this.secrets.store(INDEX_KEY, JSON.stringify([...names, name].sort()));
  }

  async delete(name: string): Promise<void> {
    await this.secrets.delete(valueKey(name));
    const names = await this.names();
    if (names.includes(name)) await this.secrets.store(INDEX_KEY, JSON.stringify(names.filter((n) => n !== name)));
  }
}
