import { strict as assert } from 'assert';
import { arthurKeyOwner, shadowedNote, takeoverNote } from '../../client/src/providers/arthur/sharedKey';

describe('ARTHUR_API_KEY when signed in to both Arthur Engine and Arthur Scope', () => {
  const earlier = '2026-12-01T10:00:00.000Z';
  const later = '2026-12-01T10:05:00.000Z';

  it('goes to the only one signed in, and to nobody when neither is', () => {
    assert.equal(arthurKeyOwner(undefined, undefined), undefined);
    assert.equal(arthurKeyOwner(earlier, undefined), 'engine');
    assert.equal(arthurKeyOwner(undefined, earlier), 'scope');
  });

  it('goes to the product signed in to last', () => {
    assert.equal(arthurKeyOwner(earlier, later), 'scope');
    assert.equal(arthurKeyOwner(later, earlier), 'engine');
  });

  it('never goes to a record whose time cannot be read', () => {
    assert.equal(arthurKeyOwner('garbage', later), 'scope');
    assert.equal(arthurKeyOwner(later, 'garbage'), 'engine');
  });

  it('tells the user what the other product lost, only when it was signed in', () => {
    assert.equal(takeoverNote('scope', false), '');
    assert.match(takeoverNote('scope', true), /no longer get your Arthur Engine variables/);
    assert.match(takeoverNote('engine', true), /no longer get your Arthur Scope variables/);
    assert.match(shadowedNote('engine'), /not in terminals: Arthur Scope was signed in later/);
  });
});
