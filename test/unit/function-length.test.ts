/**
 * No function over 100 lines in client/src, server/src or common/ (the developers' guide: split a
 * long function where it has named parts; aim for 80). Every function-like node counts on its own
 * (declarations, methods, constructors, accessors, function expressions, arrows), from its first
 * token to its closing brace, nested functions included in their parent's length.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '../..');
const TREES = ['client/src', 'server/src', 'common'];
const MAX_FUNCTION_LINES = 100;

interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(?:c|m)?tsx?$/.test(e.name) ? [p] : [];
  });
}

/** What a reader would call the function: its own name, or the name it is assigned to. */
function nameOf(node: ts.SignatureDeclaration, file: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(file);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name)
    return parent.name.getText(file);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) return parent.left.getText(file);
  return '(anonymous)';
}

/** The functions of one source text over `max` lines, in order of position. */
function longFunctions(fileName: string, text: string, max = MAX_FUNCTION_LINES): LongFunction[] {
  const file = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ file: fileName, line: first + 1, name: nameOf(node, file), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('function length', () => {
  it('counts every kind of function, with the name a reader would use', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `function declared() {\n${body(5)}\n}`,
      `const arrow = () => {\n${body(5)}\n};`,
      `class C {\n  method() {\n${body(5)}\n  }\n  constructor() {\n${body(5)}\n  }\n  get value() {\n${body(5)}\n    return 1;\n  }\n}`,
      `const table = { handler: function () {\n${body(5)}\n} };`,
      `exported.onEvent = async () => {\n${body(5)}\n};`,
      `call(() => {\n${body(5)}\n});`,
      `function short() {\n${body(4)}\n}`,
    ].join('\n');
    const names = longFunctions('sample.ts', text, 4).map((f) => `${f.name}:${f.lines}`);
    assert.deepEqual(names, [
      'declared:5',
      'arrow:5',
      'method:5',
      'constructor:5',
      'value:6',
      'handler:5',
      'exported.onEvent:5',
      '(anonymous):5',
    ]);
  });

  it(`no function in ${TREES.join(', ')} is over ${MAX_FUNCTION_LINES} lines`, () => {
    const files = TREES.flatMap((t) => sourceFiles(path.join(ROOT, t)));
    assert.ok(files.length > 50, `read only ${files.length} files: have the folders moved?`);
    const long = files.flatMap((f) => longFunctions(path.relative(ROOT, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));
    assert.deepEqual(
      long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`),
      [],
      `split these where they have named parts (the guide aims for 80 lines)`,
    );
  });
});
