/**
 * Arthur Engine's SDKs and the Arthur Scope (v3) SDK both read ARTHUR_API_KEY. Signed in to both,
 * new terminals get the Arthur product the user signed in to (or pasted a key for) last: its
 * key under ARTHUR_API_KEY with its own address variable, and nothing of the other, so neither
 * SDK meets the other product's key next to its own URL. Engine keys kept for one workspace
 * folder stay in that folder's terminals either way. No vscode imports: unit-tested directly.
 */
export type ArthurProduct = 'engine' | 'scope';

/** Which product's variables new terminals get, from each one's ISO storedAt (undefined: not signed in). */
export function arthurKeyOwner(engineStoredAt: string | undefined, scopeStoredAt: string | undefined): ArthurProduct | undefined {
  if (engineStoredAt === undefined) return scopeStoredAt === undefined ? undefined : 'scope';
  if (scopeStoredAt === undefined) return 'engine';
  const e = Date.parse(engineStoredAt);
  const s = Date.parse(scopeStoredAt);
  // An unreadable time loses; a tie (the same millisecond) goes to Scope.
  if (Number.isNaN(s)) return 'engine';
  if (Number.isNaN(e)) return 'scope';
  return s >= e ? 'scope' : 'engine';
}

const PRODUCT_LABEL: Record<ArthurProduct, string> = { engine: 'Arthur Engine', scope: 'Arthur Scope' };

/** The sentence a sign-in adds when the other product was signed in too. */
export function takeoverNote(winner: ArthurProduct, otherSignedIn: boolean): string {
  if (!otherSignedIn) return '';
  const other: ArthurProduct = winner === 'engine' ? 'scope' : 'engine';
  return ` Both Arthur SDKs read ARTHUR_API_KEY, so new terminals no longer get your ${PRODUCT_LABEL[other]} variables (sign in to it again to switch back).`;
}

/** Shown in the account line of the product whose variables terminals do not get. */
export function shadowedNote(loser: ArthurProduct): string {
  const other: ArthurProduct = loser === 'engine' ? 'scope' : 'engine';
  return ` (not in terminals: ${PRODUCT_LABEL[other]} was signed in later and has ARTHUR_API_KEY)`;
}
