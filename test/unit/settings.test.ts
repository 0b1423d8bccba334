/** Which written value of a setting applies (common/settings.ts writtenValue), as the client resolves settings for the server. */
import { strict as assert } from 'assert';
import { readSettings, writtenValue, type WrittenValues } from '../../common/settings';

describe('settings: which written value applies', () => {
  it('a folder beats the workspace, which beats the user', () => {
    assert.deepEqual(
      writtenValue('severity', { globalValue: { a: 'hint' }, workspaceValue: { a: 'error' }, workspaceFolderValue: { a: 'off' } }),
      { a: 'off' },
    );
    assert.equal(writtenValue('enable', { globalValue: true, workspaceValue: false }), false);
    assert.equal(writtenValue('maxFileSize', { globalValue: 5000 }), 5000);
  });

  it("a repository's settings cannot turn key verification on: only the user's count", () => {
    const written: Record<string, WrittenValues> = { 'verify.enabled': { workspaceValue: true, workspaceFolderValue: true } };
    const { settings } = readSettings((k) => writtenValue(k, written[k]));
    assert.equal(settings['verify.enabled'], false);
    assert.equal(writtenValue('verify.enabled', { globalValue: true, workspaceValue: false }), true);
  });
});
