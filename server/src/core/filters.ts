/**
 * Values that look like secrets to a pattern but are not: placeholders, template and
 * environment references, code, ids, hashes. Each filter returns the reason it dropped the
 * value (for "why was this not flagged" explanations and tests), or undefined.
 */

const PLACEHOLDER_WORDS =
  /^(?:<[^<>]*>|\[[^[\]]*\]|\(.*\)|your[_-]?.*|my[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass)|.*(?:here|placeholder)|changeme|change[_-]?me|change[_-]?it|redacted|removed|hidden|masked|(?:secret|password|passwd|pass|pwd|token)\d?|api[_-]?key|apikey|none|null|nil|undefined|ignored|unused|notused|true|false|empty|default|string|required|optional|todo|tbd|fixme|example|sample|dummy|test|foo|bar|baz|qux|xyz|abc|abc123|123|1234|12345|123456|\*+|x+|\.+|-+|_+|#+)$/i;

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
  if (
    /(?:^|[^\\])\$\{[^}]*\}|^\$[A-Za-z_][\w.]*$|\{\{.*\}\}|\{%.*%\}|^%[A-Za-z_][\w.-]*%$|^@[A-Za-z_]\w*@$|<%=?.*%>|#\{.*\}|^\$\(.*\)$/.test(
      v,
    )
  )
    return 'template or variable reference';
  if (/^(?:process\.env|os\.environ|os\.getenv|getenv|env\(|ENV\[|System\.getenv|Environment\.GetEnvironmentVariable|\$env:)/i.test(v))
    return 'environment read';
  if (/^%[-+ #0]*\d*(?:\.\d+)?[sdifqvx]$/.test(v) || /^%\(\w+\)s$/.test(v) || /^\{\d*\}$/.test(v)) return 'format specifier';
  if (/^(?:your|my|the|some|insert|enter|put|add|replace|paste|fill|set)[\s_-]/i.test(v)) return 'placeholder';
  // A placeholder or an interpolation inside the value: `attr_<lower_case_name>`, `./assets/<filename>`,
  // f-strings and format strings (`saved:{config.name}:{config.version}`, `relationship:%s`), and a
  // signature left as `sig=xxx`.
  if (/<[a-z][a-z_-]*>/i.test(v) || /\{[A-Za-z_][\w.]*(?:\[[^\]]*\])?\}/.test(v) || /%[sd]\b/.test(v) || /[=:]x{3,}$/i.test(v))
    return 'template or placeholder inside';
  if (/^[a-z]+(?:[_-][a-z]+)*[_-](?:here|goes[_-]here|placeholder|value)$/i.test(v)) return 'placeholder';
  // AWS's documented keys (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`) and their imitations.
  if (v.includes('EXAMPLE')) return 'documentation example';
  // `postgres://user:POSTGRES_PASSWORD@db`: the name of the variable that holds it.
  if (
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) &&
    /(?:^|_)(?:PASS|PASSWORD|PASSWD|PWD|SECRET|TOKEN|KEY|APIKEY|CREDENTIALS?)(?:_|$)/.test(v)
  )
    return 'variable name';
  // Values that say they are not real: `somefakekey`, `dummy_password`, `fake-token-123`,
  // `not-a-real-secret`. These letter runs almost never occur by chance in a random key.
  if (/fake|dummy|bogus|not[-_ ]?(?:a[-_ ]?)?real|placeholder|(?:^|[^a-z])(?:example|sample)(?:[^a-z]|$)/i.test(v))
    return 'says it is fake';
  // Punctuation only (`!@#$%^&*`, `--`): a separator, a mask or a regex class, not a password.
  if (/^[^\p{L}\p{N}]+$/u.test(v)) return 'punctuation only';
  return undefined;
}

/**
 * Credentials published in vendor documentation for local emulators and sample databases:
 * every copy of them is public. Azure's storage emulator account (`devstoreaccount1`,
 * learn.microsoft.com "Use the Azurite emulator"), Oracle's sample schema account scott/tiger
 * (used in every SQLAlchemy and JDBC example), RabbitMQ's default guest/guest (which RabbitMQ
 * accepts only from localhost).
 */
const DOCUMENTED_KEYS = new Set(['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==']);
const DOCUMENTED_USER_PASSWORDS = new Set(['scott:tiger', 'guest:guest']);

export function isDocumentedKey(value: string): boolean {
  return DOCUMENTED_KEYS.has(value);
}

/**
 * Why the password of a URL on `line` (`scheme://user:password@host…`) is not a secret: a
 * documented sample account, or the same word as the scheme or the host
 * (`mongodb://mongodb:mongodb@mongodb:27017`, `postgres://postgres:postgres@localhost`): the
 * defaults of a local container, written in every compose file. (A password that merely equals
 * its user, `nats://a1b2:a1b2@…`, still counts: CredData labels those True.)
 */
export function urlPasswordReason(password: string, line: string): string | undefined {
  const at = line.indexOf(`:${password}@`);
  if (at < 0) return undefined;
  const slashes = line.lastIndexOf('//', at);
  if (slashes < 0) return undefined;
  const user = line.slice(slashes + 2, at);
  const scheme = /([A-Za-z][A-Za-z0-9+.-]*):$/.exec(line.slice(0, slashes))?.[1] ?? '';
  const host = /^[^/:?#\s"'`]*/.exec(line.slice(at + password.length + 2))![0];
  const p = password.toLowerCase();
  if (DOCUMENTED_USER_PASSWORDS.has(`${user.toLowerCase()}:${p}`)) return 'documented sample account';
  if (scheme.toLowerCase().split(/[+:]/).includes(p) || host.toLowerCase().split(/[.-]/).includes(p))
    return 'password is the scheme or host name';
  return undefined;
}

/**
 * The share of a value's letters that stand in words: pieces of 3+ letters with a vowel, after
 * splitting at separators, case changes and digits (`s3_us_east_1_regional_endpoint` 0.87,
 * `Ec2InstanceMetadata` 0.89). Random keys split into short pieces of mixed case (`wJalrXUtnFEMI`
 * gives w, Jalr, XUtn …: not a word's shape) and score 0. Numbers are allowed up to 8 digits.
 */
export function wordShare(value: string): number {
  if (!/^[@$]?[A-Za-z0-9]+(?:[-_.:/@]+[A-Za-z0-9]+)*$/.test(value)) return 0;
  const parts = value.split(/[-_.:/@$]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/);
  let letters = 0;
  let inWords = 0;
  for (const p of parts) {
    if (p === '') continue;
    if (/^[0-9]+$/.test(p)) {
      if (p.length > 8) return 0;
      continue;
    }
    if (!/^(?:[A-Z]?[a-z]+|[A-Z]+)$/.test(p)) return 0;
    letters += p.length;
    if (p.length >= 3 && /[aeiouy]/i.test(p) && !/[bcdfghjklmnpqrstvwxz]{5,}/i.test(p)) inWords += p.length;
  }
  return letters > 0 ? inWords / letters : 0;
}

/**
 * A value made of words joined by separators, with a `:`, `/` or `.` among them: namespaced keys
 * (`aws:asset:path`, `@aws-cdk/core:permissionsBoundary`, `task-tour:recipient-name`), label
 * keys (`karpenter.sh/capacity-type`), dotted attribute names (`llm.input_messages.0.message.role`,
 * `access_logs.s3.enabled`), selection expressions (`$request.header.x-api-key`), Maven
 * coordinates (`org.apache:commons-lang3:3.12.0`), storage keys (`old_key::new_key`). Random keys
 * with these characters (base64, JWTs) mix cases inside their pieces.
 */
export function looksLikeNamePath(value: string): boolean {
  return /[:/.]/.test(value) && wordShare(value) >= 0.7;
}
/**
 * Words that set a level or a switch (`{ "generic-password": "hint" }`, `password_policy: strict`,
 * `"pwd": "off"`): severities, log levels and on/off states. A setting written next to a
 * secret-like name (a rule id, a feature flag) is a choice from a short list, not a credential.
 */
const SETTING_WORDS = new Set(
  (
    'error errors warning warnings warn info information informational hint hints debug trace fatal critical notice verbose silent quiet ' +
    'on off yes no enabled disabled enable disable allow allowed deny denied ignore ignored always never auto inherit strict lax'
  ).split(' '),
);

/** Values that are identifiers, code or structured data rather than a secret. */
export function notSecretReason(value: string): string | undefined {
  if (SETTING_WORDS.has(value.toLowerCase())) return 'setting word';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) && /^0{8}-|^1{8}-|12345678-/.test(value))
    return 'sample UUID';
  if (/^(?:sha1|sha256|sha384|sha512|md5)-[A-Za-z0-9+/=]+$/.test(value)) return 'integrity hash';
  if (/^\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/.test(value) || /^v\d+(?:\.\d+)*$/.test(value)) return 'version';
  // An object identifier, as in LDAP matching rules (`userPassword:2.5.13.18:=…`).
  if (/^[0-2](?:\.\d+){3,}(?::|$)/.test(value)) return 'OID';
  // Any scheme (`s3://bucket/key`, `mongodb://localhost:27017/db`): without `user:password@` a URL is an address.
  if (/^[a-z][a-z0-9+.-]{0,30}:\/\/(?:[^:@/\s]+@)?[^@\s]*$/i.test(value)) return 'URL without credentials';
  // CloudFormation intrinsic functions and other YAML tags (`!Ref DbPassword`, `!Sub "{{resolve:…}}"`, `!And`):
  // in YAML a plain value cannot start with `!`, so this is a tag, and the value is what it computes.
  if (/^!{1,2}[A-Za-z][\w:.-]*$/.test(value)) return 'YAML tag (CloudFormation intrinsic)';
  // XML Schema types (`type: xs:string`, `xsd:token`).
  if (/^xsd?:[A-Za-z]+$/.test(value)) return 'XSD type';
  if (looksLikeNamePath(value)) return 'namespaced name or attribute path';
  // jq / JSONPath selectors: `.user[0]."real-role"`, `$.roles[*].name`.
  if (/^\$?\.(?=[A-Za-z_"\\])|^\$\[/.test(value) && /\[(?:\d+|\*)\]/.test(value)) return 'JSON path';
  // Key, certificate and data files: `-key client.pem`, `'Key': 'data/_SUCCESS.crc'` (an S3 object key).
  if (/^[\w./\\-]*[\w-]\.(?:pem|key|crt|cer|der|csr|p8|p12|pfx|jks|keystore|pub|gpg|asc|json|ya?ml|txt|crc|ini|cfg|conf|xml)$/i.test(value))
    return 'file name';
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

/** A test or fixture file, by its path: `tests/…`, `__tests__/…`, `testdata/…`, `*_test.go`, `*.spec.ts`, `test_*.py`. */
export function isTestPath(path: string | undefined): boolean {
  if (path === undefined) return false;
  // Most paths hold none of the words: four indexOf calls spare them the regex.
  const lower = path.toLowerCase();
  if (lower.indexOf('test') < 0 && lower.indexOf('spec') < 0 && lower.indexOf('fixture') < 0 && lower.indexOf('mock') < 0) return false;
  return /(?:^|[/\\])(?:tests?|__tests__|specs?|testdata|test-data|fixtures?|mocks?)[/\\]|(?:^|[/\\])test_[^/\\]*$|_test\.[A-Za-z]+$|\.(?:test|spec)\.[A-Za-z]+$/i.test(
    path,
  );
}
