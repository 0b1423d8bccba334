import type { RuleExamples } from '../types';

/** `adafruit-io-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'adafruit_io_key = "aio_wrFsdNJuecm7p5UTkRQtk5v8XgVS"', secret: 'aio_wrFsdNJuecm7p5UTkRQtk5v8XgVS', languageId: 'python' },
    { text: 'ADAFRUIT_IO_KEY=aio_wrFsdNJuecm7p5UTkRQtk5v8XgVS', secret: 'aio_wrFsdNJuecm7p5UTkRQtk5v8XgVS', path: '.env' },
  ],
  mustNotMatch: [
    { text: 'adafruit_io_key = "aio_wrFsdNJuecm7p5UTk"', languageId: 'python' },
    { text: 'adafruit_io_key = os.environ["ADAFRUIT_IO_KEY"]', languageId: 'python' },
    { text: 'import aio_pika_connection_pool_module', languageId: 'python' },
  ],
};

export default examples;
