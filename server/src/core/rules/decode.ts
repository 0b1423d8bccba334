/** Decoding checks shared by rules that recognise a key by what it decodes to. */

const ARTHUR_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[A-Za-z0-9_-]{20,64}$/i;

/** An Arthur Engine key is base64("<uuid>:<url-safe secret>"). */
export function isArthurEngineKey(value: string): boolean {
  try {
    return ARTHUR_KEY.test(atob(value));
  } catch {
    return false;
  }
}
