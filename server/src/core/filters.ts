/**
 * Values that look like secrets to a pattern but are not: placeholders, template and
 * environment references, code, ids, hashes. Each filter returns the reason it dropped the
 * value (for "why was this not flagged" explanations and tests), or undefined.
 */

const PLACEHOLDER_WORDS =
  /^(?:<[^<>]*>|\[[^\[\]]*\]|\(.*\)|your[_-]?.*|my[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass)|.*(?:here|placeholder)|changeme|change[_-]?me|change[_-]?it|redacted|removed|hidden|masked|(?:secret|password|passwd|pass|pwd|token)\d?|api[_-]?key|apikey|none|null|nil|undefined|ignored|unused|notused|true|false|empty|default|string|required|optional|todo|tbd|fixme|example|sample|dummy|test|foo|bar|baz|qux|xyz|abc|abc123|123|1234|12345|123456|\*+|x+|\.+|-+|_+|#+)$/i;

/** `…_HERE`, `YOUR_…`: words a template asks you to replace (in values and in names). */
export function isTemplateMarker(text: string): boolean {
  return /_HERE\b|\bYOUR_[A-Z]/i.test(text);
}

/** `http://host:80#@evil.example/`: a port followed by a fragment, query or escape, where a URL password would stand. */
export function isPortBeforeAt(value: string): boolean {
  return /^\d{1,5}[#?\\:]/.test(value);
}

/** Why a candidate value is not a secret, or undefined when it may be one. */
export function placeholderReason(value: string): string | undefined {
  const v = value.trim();
  if (v.length === 0) return 'empty';
  if (PLACEHOLDER_WORDS.test(v)) return 'placeholder';
  if (/^(.)\1*$/.test(v)) return 'one repeated character';
  if (/(.)\1{7,}/.test(v)) return 'long run of one character';
  if (isTemplateMarker(v) || /^#{2,}/.test(v)) return 'placeholder';
  if (/x{4,}|\*{3,}|•{3,}|\.{3}|…|X{5,}/.test(v)) return 'masked or placeholder';
  if (/(?:^|[^a-z])(?:redacted|deleted|sensitive|obfuscated)(?:[^a-z]|$)/i.test(v)) return 'masked or placeholder';
  if (/^<.*>$|^\{[^{}]*\}$|^\[.*\]$/.test(v)) return 'placeholder';
  if (/(?:^|[^\\])\$\{[^}]*\}|^\$[A-Za-z_][\w.]*$|\{\{.*\}\}|\{%.*%\}|^%[A-Za-z_][\w.-]*%$|^@[A-Za-z_]\w*@$|<%=?.*%>|#\{.*\}|^\$\(.*\)$/.test(v)) return 'template or variable reference';
  if (/^(?:process\.env|os\.environ|os\.getenv|getenv|env\(|ENV\[|System\.getenv|Environment\.GetEnvironmentVariable|\$env:)/i.test(v)) return 'environment read';
  if (/^%[-+ #0]*\d*(?:\.\d+)?[sdifqvx]$/.test(v) || /^%\(\w+\)s$/.test(v) || /^\{\d*\}$/.test(v)) return 'format specifier';
  if (/^(?:your|my|the|some|insert|enter|put|add|replace|paste|fill|set)[\s_-]/i.test(v)) return 'placeholder';
  if (/^[a-z]+(?:[_-][a-z]+)*[_-](?:here|goes[_-]here|placeholder|value)$/i.test(v)) return 'placeholder';
  // AWS's documented keys (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`) and their imitations.
  if (v.includes('EXAMPLE')) return 'documentation example';
  // `postgres://user:POSTGRES_PASSWORD@db`: the name of the variable that holds it.
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && /(?:^|_)(?:PASS|PASSWORD|PASSWD|PWD|SECRET|TOKEN|KEY|APIKEY|CREDENTIALS?)(?:_|$)/.test(v)) return 'variable name';
  return undefined;
}

/** Values that are identifiers, code or structured data rather than a secret. */
export function notSecretReason(value: string): string | undefined {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) && /^0{8}-|^1{8}-|12345678-/.test(value)) return 'sample UUID';
  if (/^(?:sha1|sha256|sha384|sha512|md5)-[A-Za-z0-9+/=]+$/.test(value)) return 'integrity hash';
  if (/^\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/.test(value) || /^v\d+(?:\.\d+)*$/.test(value)) return 'version';
  // An object identifier, as in LDAP matching rules (`userPassword:2.5.13.18:=…`).
  if (/^[0-2](?:\.\d+){3,}(?::|$)/.test(value)) return 'OID';
  if (/^(?:https?|ftp|file|wss?):\/\/(?:[^:@\/\s]+@)?[^@\s]*$/i.test(value)) return 'URL without credentials';
  // jq / JSONPath selectors: `.user[0]."real-role"`, `$.roles[*].name`.
  if (/^\$?\.(?=[A-Za-z_"\\])|^\$\[/.test(value) && /\[(?:\d+|\*)\]/.test(value)) return 'JSON path';
  // Key, certificate and data files: `-key client.pem`, `'Key': 'data/_SUCCESS.crc'` (an S3 object key).
  if (/^[\w.\/\\-]*[\w-]\.(?:pem|key|crt|cer|der|csr|p8|p12|pfx|jks|keystore|pub|gpg|asc|json|ya?ml|txt|crc|ini|cfg|conf|xml)$/i.test(value)) return 'file name';
  if (/^@?(?:\.{0,2}\/|~\/|[A-Za-z]:\\)[\w./\\-]*$/.test(value) && /[/\\]/.test(value)) return 'path';
  if (/^[A-Z0-9][A-Z0-9.-]*\\[A-Za-z0-9._$-]+$/.test(value)) return 'Windows account name (DOMAIN\\user)';
  if (/^&(?:#\d+|#x[0-9a-f]+|[a-z]+);?$/i.test(value)) return 'HTML entity';
  if (/^(?:ctrl|cmd|alt|shift|meta|super|win)\+/i.test(value)) return 'keybinding';
  if (/^[\w.$]+\([^)]*\)?$/.test(value) && /\(/.test(value)) return 'function call';
  if (/^-----BEGIN [A-Z ]*PUBLIC KEY-----|^ssh-(?:rsa|ed25519|dss) |^ecdsa-sha2-/.test(value)) return 'public key';
  if (/^\d+$/.test(value) && value.length < 12) return 'number';
  if (/^0x[0-9a-f]{1,16}$/i.test(value)) return 'number';
  if (/^[^@\s:/]+@[^@\s:/]+\.[a-z]{2,}$/i.test(value)) return 'email address';
  if (/^(?:md5|sha\d*|bcrypt|scrypt|argon2\w*|pbkdf2\w*|plain|crypt|ssha)(?::\d+)?$/i.test(value)) return 'algorithm name';
  if (/^\$\{?[A-Za-z_]\w*\}?\//.test(value)) return 'path under a variable';
  if (/^(?:\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.test(value)) return 'date';
  return undefined;
}
