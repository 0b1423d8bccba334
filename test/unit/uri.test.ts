/** Document URIs to paths (server/src/lsp/uri.ts): Windows drive letters and UNC hosts included. */
import { strict as assert } from 'assert';
import * as path from 'path';
import { fileUriOf, pathOfUri, uriOfPath } from '../../server/src/lsp/uri';

const native = (p: string) => p.split('/').join(path.sep);

describe('URI → path', () => {
  it('a Windows file URI (as VS Code sends it, drive letter encoded) is a path on that drive, not "/c:/…"', () => {
    assert.equal(pathOfUri('file:///c%3A/Users/me/My%20App/app.py'), native('c:/Users/me/My App/app.py'));
    assert.equal(pathOfUri('file:///C:/Users/me/app.py'), native('c:/Users/me/app.py'));
  });

  it('a UNC URI keeps its host', () => {
    assert.equal(pathOfUri('file://server/share/app.py'), native('//server/share/app.py'));
  });

  it('a notebook cell belongs to its notebook file; untitled documents have no file', () => {
    assert.equal(fileUriOf('vscode-notebook-cell:/work/demo/a%20b.ipynb#W0sZmlsZQ%3D%3D'), uriOfPath('/work/demo/a b.ipynb'));
    assert.equal(fileUriOf('untitled:Untitled-1'), undefined);
    assert.equal(pathOfUri('not a uri'), undefined);
  });

  it('round-trips a path through its URI', () => {
    for (const p of ['/work/demo/app.py', '/tmp/a b/#1/ü.py']) assert.equal(pathOfUri(uriOfPath(p)), native(p));
  });
});
