import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, COMMAND_CATEGORY } from '../../common/commands';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_SECTION, SettingSpecs } from '../../common/settings';

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));

describe('package.json agrees with common/', () => {
  it('contributes exactly the palette commands of common/commands.ts, with their titles and category', () => {
    const declared = (pkg.contributes.commands as { command: string; title: string; category: string }[])
      .map((c) => `${c.command}|${c.category}: ${c.title}`)
      .sort();
    const expected = Object.values(Commands)
      .filter((c) => c.palette)
      .map((c) => `${c.id}|${COMMAND_CATEGORY}: ${c.title}`)
      .sort();
    assert.deepEqual(declared, expected);
  });

  it('declares every setting of common/settings.ts with the same default, and no other', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; description: string }>;
    assert.deepEqual(
      Object.keys(props).sort(),
      Object.keys(SettingSpecs)
        .map((k) => `${SETTINGS_SECTION}.${k}`)
        .sort(),
    );
    for (const [key, spec] of Object.entries(SettingSpecs)) {
      const prop = props[`${SETTINGS_SECTION}.${key}`];
      assert.deepEqual(prop.default, spec.default, `default of ${key}`);
      assert.ok(prop.description?.length > 10, `description of ${key}`);
    }
  });

  it('is a workspace extension named keywarden by keywarden, with the CLI as its bin', () => {
    assert.equal(pkg.name, 'keywarden');
    assert.equal(pkg.displayName, 'KeyWarden');
    assert.equal(pkg.publisher, 'keywarden');
    assert.deepEqual(pkg.extensionKind, ['workspace']);
    assert.equal(pkg.main, './dist/client.js');
    assert.equal(pkg.bin.keywarden, './dist/cli.js');
  });
});

describe('settings validation', () => {
  it('falls back to defaults with a message naming the setting for invalid values', () => {
    const raw: Record<string, unknown> = {
      maxFileSize: 'big',
      severity: { 'generic-password': 'loud' },
      'arthur.engineUrl': 'ftp://x',
      enable: false,
    };
    const { settings, problems } = readSettings((k) => raw[k]);
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(settings.severity, {});
    assert.equal(settings['arthur.engineUrl'], DEFAULT_SETTINGS['arthur.engineUrl']);
    assert.equal(settings.enable, false);
    assert.deepEqual(problems.map((p) => p.key).sort(), ['keywarden.arthur.engineUrl', 'keywarden.maxFileSize', 'keywarden.severity']);
    assert.match(problems.find((p) => p.key === 'keywarden.severity')!.message, /generic-password.*one of error, warning/);
  });

  it('accepts valid values and trims a trailing slash from URLs', () => {
    const raw: Record<string, unknown> = { 'arthur.platformUrl': 'https://arthur.example.com/', severity: { 'generic-password': 'off' } };
    const { settings, problems } = readSettings((k) => raw[k]);
    assert.deepEqual(problems, []);
    assert.equal(settings['arthur.platformUrl'], 'https://arthur.example.com');
    assert.deepEqual(settings.severity, { 'generic-password': 'off' });
  });
});
