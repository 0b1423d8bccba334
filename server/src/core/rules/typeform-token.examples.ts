import type { RuleExamples } from '../types';

/** `typeform-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'TYPEFORM_TOKEN=tfp_EjkcQPJAOOpQzyaITPeMnQfA9oYon5xdzFRsp0vUGPxM_SArnbpDw1BxUdw',
      secret: 'tfp_EjkcQPJAOOpQzyaITPeMnQfA9oYon5xdzFRsp0vUGPxM_SArnbpDw1BxUdw',
      path: '.env',
    },
    {
      text: 'headers = {"Authorization": "Bearer tfp_EjkcQPJAOOpQzyaITPeMnQfA9oYon5xdzFRsp0vUGPxM_SArnbpDw1BxUdw"}',
      secret: 'tfp_EjkcQPJAOOpQzyaITPeMnQfA9oYon5xdzFRsp0vUGPxM_SArnbpDw1BxUdw',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    { text: 'export const PAT_PREFIX = "tfp_pat_";', languageId: 'typescript' },
    { text: 'out_put_file=(`echo "tfp_folder_file_process.info"`)', languageId: 'shellscript' },
    { text: 'parser.add_argument("--config-name", default="tfp_a1")', languageId: 'python' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'TYPEFORM_TOKEN=tfp_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqr_abcdefghijklmn', path: '.env' },
  ],
};

export default examples;
