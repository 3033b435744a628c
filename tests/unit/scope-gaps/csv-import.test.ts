import { describe, expect, it } from 'vitest';
import { readCsvForImport, previewCsv } from '../../../core/csv/csv-import';
import { parseCsv } from '../../../core/csv/parse-csv';
import { neutraliseFormula, writeCsv } from '../../../core/csv/write-csv';
import { SYSTEM_FIELDS } from '../../../core/scope/system-csv';
import { toVendorInput, VENDOR_FIELDS } from '../../../core/scope/vendor-csv';

describe('reading CSV files from other tools', () => {
  it('strips a byte-order mark, detects semicolons and skips blank lines without losing row numbers', () => {
    const parsed = parseCsv('\uFEFFName;Env\r\n\r\nweb;prod\r\n;\r\ndb;dev\r\n');
    expect(parsed.headers).toEqual(['Name', 'Env']);
    expect(parsed.rows).toEqual([
      { line: 3, values: ['web', 'prod'] },
      { line: 5, values: ['db', 'dev'] },
    ]);
  });

  it('maps odd column names from an asset export to the inventory fields', () => {
    const preview = previewCsv('Asset Name,Asset Owner,ENV,Data Sensitivity,Kind,Comments,Cost centre\nx,y,prod,secret,server,,42\n', SYSTEM_FIELDS);
    expect(preview.mapping).toEqual({ name: 0, owner: 1, environment: 2, dataClassification: 3, type: 4, notes: 5 });
    expect(preview.rowCount).toBe(1);
    expect(preview.fields.find((field) => field.key === 'environment')?.choices).toContain('production');
  });

  it('reports every bad row with its row number and reason, and keeps the good ones', () => {
    const csv = ['Name,Type,Environment,Classification', 'API,app,prod,confidential', ',database,production,internal', 'Laptops,endpoint,moon,internal', 'Bucket,storage,PROD,Highly Confidential'].join('\n');
    const { valid, problems } = readCsvForImport(csv, SYSTEM_FIELDS, { name: 0, type: 1, environment: 2, dataClassification: 3, owner: null, notes: null });
    expect(valid.map((row) => [row.line, row.values.name, row.values.type, row.values.environment, row.values.dataClassification])).toEqual([
      [2, 'API', 'application', 'production', 'confidential'],
      [5, 'Bucket', 'data-store', 'production', 'restricted'],
    ]);
    expect(problems).toEqual([
      { line: 3, message: 'Name is empty', values: ['', 'database', 'production', 'internal'] },
      { line: 4, message: 'Environment “moon” is not one of: production, staging, development, corporate, shared', values: ['Laptops', 'endpoint', 'moon', 'internal'] },
    ]);
  });

  it('refuses a mapping that leaves a required field without a column or uses a column twice', () => {
    const csv = 'Name,Env\nweb,prod\n';
    expect(() => readCsvForImport(csv, SYSTEM_FIELDS, { name: 0, environment: 1 })).toThrow(/Choose the column that holds “Type”/);
    expect(() => readCsvForImport(csv, SYSTEM_FIELDS, { name: 0, type: 0, environment: 1, dataClassification: 1 })).toThrow(/chosen for both/);
    expect(() => readCsvForImport(csv, SYSTEM_FIELDS, { name: 0, type: 7, environment: 1, dataClassification: 1 })).toThrow(/does not have/);
    expect(() => readCsvForImport(csv, SYSTEM_FIELDS, { nonsense: 0 })).toThrow(/Unknown field/);
    expect(() => readCsvForImport('\uFEFF\n\n', SYSTEM_FIELDS, {})).toThrow(/empty/);
  });

  it('reads vendor dates, yes/no and report names, and rejects inconsistent rows', () => {
    const csv = [
      'Supplier,Risk rating,Sub-processor,Treatment,Report,Period from,Period to,Opinion,Bridge letter',
      'Northwind,Crit,yes,carve out,SOC 2 Type II,2025-07-01,2026-06-30,clean,2026-12-31',
      'Mailer,med,no,carve-out,none,,,,',
      'Paging,hi,no,,soc2,2026-09-30,2025-10-01,,',
      'Stratus,high,maybe,,,,,,',
      'HR,low,,,,01/02/2026,,,',
    ].join('\n');
    const preview = previewCsv(csv, VENDOR_FIELDS);
    expect(preview.mapping).toMatchObject({ name: 0, criticality: 1, isSubservice: 2, subserviceMethod: 3, socReport: 4, socPeriodStart: 5, socPeriodEnd: 6, socOpinion: 7, bridgeLetterTo: 8 });
    const { valid, problems } = readCsvForImport(csv, VENDOR_FIELDS, preview.mapping);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'Subservice organisation “maybe” should be yes or no'],
      [6, 'Report period start “01/02/2026” is not a date written as YYYY-MM-DD'],
    ]);
    const vendors = valid.map((row) => toVendorInput(row.values));
    expect(vendors[0]).toEqual({
      vendor: expect.objectContaining({ name: 'Northwind', criticality: 'critical', isSubservice: true, subserviceMethod: 'carve-out', socReport: 'soc2-type2', socPeriodEnd: '2026-06-30', socOpinion: 'unqualified', bridgeLetterTo: '2026-12-31' }),
    });
    expect(vendors[1]).toEqual({ error: 'Carve-out or inclusive is set, but the vendor is not marked as a subservice organisation' });
    expect(vendors[2]).toEqual({ error: 'Report period end is before its start' });
  });
});

describe('writing CSV files', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Plain, with comma')).toBe('Plain, with comma');
  });

  it('writes a BOM, a header, quoted commas and line breaks, and round-trips through the parser', () => {
    const csv = writeCsv(['Name', 'Notes', 'Subservice'], [['Cloud, Inc.', 'line one\nline two', true], ['=cmd', null, false]]);
    expect(csv.startsWith('\uFEFFName,Notes,Subservice\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed.rows.map((row) => row.values)).toEqual([
      ['Cloud, Inc.', 'line one\nline two', 'yes'],
      ["'=cmd", '', 'no'],
    ]);
  });
});
