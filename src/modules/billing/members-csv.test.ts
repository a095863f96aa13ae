import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMemberImport, readCsv, writeCsv } from './members-csv.js';

describe('members CSV', () => {
  it('round-trips awkward values: commas, quotes, new lines, Arabic, formula-looking names', () => {
    const rows = [
      ['rana@example.org', 'Khoury, Rana', 'member', ''],
      ['sami@example.org', 'Sami "the editor" Aziz', '', ''],
      ['layla@example.org', 'ليلى حداد', 'member', '2027-01-31T00:00:00.000Z'],
      ['x@example.org', '=HYPERLINK("http://evil")', '', ''],
      ['y@example.org', 'two\nlines', '', ''],
    ];
    const csv = writeCsv(['email', 'name', 'comp_tier', 'comp_until'], rows);
    assert.match(csv, /'=HYPERLINK/);
    assert.deepEqual(readCsv(csv).slice(1), rows);
  });

  it('reads an import with columns in any order and extra columns ignored', () => {
    const parsed = parseMemberImport('Name,plan,EMAIL,comp_until,comp_tier\r\nRana,paid,rana@example.org,2027-01-01,member\n\nSami,,sami@example.org,,\n');
    assert.ok('rows' in parsed);
    assert.deepEqual(parsed.rows, [
      { line: 2, email: 'rana@example.org', name: 'Rana', compTier: 'member', compUntil: '2027-01-01' },
      { line: 3, email: 'sami@example.org', name: 'Sami', compTier: null, compUntil: null },
    ]);
  });

  it('explains what is wrong with a file it cannot use', () => {
    assert.match((parseMemberImport('') as { error: string }).error, /empty/);
    assert.match((parseMemberImport('name\nRana\n') as { error: string }).error, /include "email"/);
    assert.match((parseMemberImport('email,name\n"rana@example.org,Rana\n') as { error: string }).error, /never closed/);
  });
});
