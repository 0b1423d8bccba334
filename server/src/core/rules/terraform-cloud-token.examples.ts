import type { RuleExamples } from '../types';

/** `terraform-cloud-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'token = "Ohna4EIQ9qhUPj.atlasv1.CBg72xmwcoHYV1EgbqHRoLrtDUyCiTNaLMzI8tedngPtDJhWXR9sgLnY9chNXPpVmeu"',
      secret: 'Ohna4EIQ9qhUPj.atlasv1.CBg72xmwcoHYV1EgbqHRoLrtDUyCiTNaLMzI8tedngPtDJhWXR9sgLnY9chNXPpVmeu',
      path: '.terraformrc',
    },
    {
      text: 'TF_TOKEN_app_terraform_io=Ohna4EIQ9qhUPj.atlasv1.CBg72xmwcoHYV1EgbqHRoLrtDUyCiTNaLMzI8tedngPtDJhWXR9sgLnY9chNXPpVmeu',
      secret: 'Ohna4EIQ9qhUPj.atlasv1.CBg72xmwcoHYV1EgbqHRoLrtDUyCiTNaLMzI8tedngPtDJhWXR9sgLnY9chNXPpVmeu',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'tf_token_app_terraform_io = "Ohna4EIQ9qhUPj.atlasv1.CBg72xmwcoHYV1EgbqHRoLrtDUyCiTNaLMzI8"', languageId: 'python' },
    { text: 'tf_token_app_terraform_io = os.environ["TF_TOKEN_app_terraform_io"]', languageId: 'python' },
    { text: 'credentials "app.terraform.io" { token = "xxxxxxxxxxxxxx.atlasv1.zzzzzzzzzzzzzz" }', path: '.terraformrc' },
  ],
};

export default examples;
