import { blockRule } from '../rule';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY( BLOCK)?-----/g;
/** Base64 body characters, also as written inside strings (`\n` escapes, quotes and `+` of concatenations). */
const BODY = /^[A-Za-z0-9+/=\s\\n"',:;-]*$/;

export default blockRule({
  id: 'private-key',
  kind: 'Private key',
  description: 'A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted or PGP), on many lines or inside one string.',
  keywords: ['private key'],
  confidence: 'high',
  envVar: 'PRIVATE_KEY',
  *find(text) {
    BEGIN.lastIndex = 0;
    let endSearchedFrom = -1;
    let nextEnd = -1;
    for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
      const bodyStart = m.index + m[0].length;
      // One forward search for END markers serves every BEGIN: linear even with many BEGINs.
      if (nextEnd < bodyStart && endSearchedFrom < bodyStart) {
        nextEnd = text.indexOf('-----END ', bodyStart);
        endSearchedFrom = nextEnd < 0 ? text.length : bodyStart;
      }
      if (nextEnd < 0) return;
      if (nextEnd < bodyStart) continue;
      const close = text.indexOf('-----', nextEnd + 9);
      if (close < 0 || close - nextEnd > 60) continue;
      const body = text.slice(bodyStart, nextEnd);
      const b64 = body.replace(/\\n|\\r|[^A-Za-z0-9+/=]/g, '');
      BEGIN.lastIndex = close + 5;
      if (b64.length < 64 || !BODY.test(body) || /(.)\1{15,}/.test(b64)) continue;
      yield { start: m.index, end: close + 5 };
    }
  },
});
