/**
 * The step counter of a sign-in flow ("WhyLabs: create a key (3/5)"). A flow declares the steps it
 * will ask, in order, and takes every numbered title from that list, so the total is the number
 * of declared steps and cannot drift from the prompts (no "(2/4)" twice, no "(1/3)" that ends
 * after two). Steps a flow skips (an account already known) are left out of the list; questions
 * asked only in some cases (an organization id the key does not carry, an admin key after a
 * choice) are asides: titled without a number, so they never make the count lie.
 * Free of `vscode`, so test/unit tests it directly.
 */
export class Steps<K extends string> {
  private readonly keys: readonly K[];

  /** `declared`: the flow's steps in order; `false` and `undefined` entries are steps this run skips. */
  constructor(
    readonly title: string,
    declared: readonly (K | false | undefined)[],
  ) {
    this.keys = declared.filter((k): k is K => typeof k === 'string');
    if (new Set(this.keys).size !== this.keys.length) throw new Error(`${title}: a step is declared twice`);
  }

  /** The numbered title of a declared step. */
  of(key: K): string {
    const i = this.keys.indexOf(key);
    // A skipped step asked anyway is a programming error; an unnumbered title is still right for the user.
    if (i < 0) return this.aside(key);
    return `${this.title} (${i + 1}/${this.keys.length})`;
  }

  /** The title of a question asked only in some runs: the flow's title and what it asks, no number. */
  aside(what: string): string {
    return `${this.title}: ${what}`;
  }
}
