import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * io.adafruit.com/api/docs ("Authentication": the AIO key, sent as X-AIO-Key); current keys start
 * `aio_` followed by 28 characters.
 */
export default patternRule({
  id: 'adafruit-io-key',
  kind: 'Adafruit IO key',
  description: 'An Adafruit IO key: aio_ and 28 letters and digits.',
  keywords: ['aio_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'ADAFRUIT_IO_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
