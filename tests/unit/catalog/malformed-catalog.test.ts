import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalogFrom } from '../../../core/catalog/load-catalog';
import { ASSETS_DIR } from '../../../core/paths';
import { tempDir } from '../helpers/temp';

/** A private copy of the bundled catalog that a test may break. */
function catalogCopy(): string {
  const folder = path.join(tempDir('soc2-catalog-'), 'catalog');
  fs.cpSync(path.join(ASSETS_DIR, 'catalog'), folder, { recursive: true });
  return folder;
}

function editJson(folder: string, file: string, edit: (value: never) => unknown): void {
  const full = path.join(folder, file);
  const value = JSON.parse(fs.readFileSync(full, 'utf8')) as never;
  const result = edit(value);
  fs.writeFileSync(full, JSON.stringify(result ?? value, null, 2));
}

type Control = { id: string; criteria: string[]; policies: string[]; testProcedure: { methods: string[] } };

function loadError(folder: string): string {
  try {
    loadCatalogFrom(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error('the broken catalog loaded without complaint');
}

describe('loading a malformed catalog fails with a precise message', () => {
  it('loads an unbroken copy (so the failures below are caused by the breakage)', () => {
    expect(loadCatalogFrom(catalogCopy()).controls.length).toBeGreaterThanOrEqual(100);
  });

  it('a procedure that relies on inquiry alone names the file and the control', () => {
    const folder = catalogCopy();
    editJson(folder, 'controls/access-operations-change.json', (controls: Control[]) => {
      controls[3]!.testProcedure.methods = ['inquiry'];
    });
    expect(loadError(folder)).toBe('controls/access-operations-change.json: [3] ACC-04 > testProcedure: inquiry alone is never sufficient: add inspection, observation or reperformance');
  });

  it('a control mapped to a criterion that does not exist', () => {
    const folder = catalogCopy();
    editJson(folder, 'controls/categories.json', (controls: Control[]) => {
      controls[0]!.criteria.push('CC9.7');
    });
    expect(loadError(folder)).toBe('The catalog is inconsistent:\ncontrol BCP-01: unknown criterion CC9.7');
  });

  it('a criterion id that is not a Trust Services Criterion id at all', () => {
    const folder = catalogCopy();
    editJson(folder, 'controls/governance-people-risk.json', (controls: Control[]) => {
      controls[1]!.criteria = ['CC10.1'];
    });
    expect(loadError(folder)).toMatch(/^controls\/governance-people-risk\.json: \[1\] GOV-02 > criteria > \[0\]: /);
  });

  it('a control defined twice, and one citing a policy that does not exist', () => {
    const folder = catalogCopy();
    editJson(folder, 'controls/categories.json', (controls: Control[]) => {
      controls.push({ ...controls[0]!, policies: ['POL-NOPE'] });
    });
    expect(loadError(folder)).toBe('The catalog is inconsistent:\ncontrol BCP-01 is defined twice\ncontrol BCP-01: unknown policy POL-NOPE');
  });

  it('a missing policy template file', () => {
    const folder = catalogCopy();
    fs.rmSync(path.join(folder, 'policies', 'POL-BKP.md'));
    expect(loadError(folder)).toBe('policies/POL-BKP.md: the file is missing');
  });

  it('a template with a placeholder the profile cannot fill', () => {
    const folder = catalogCopy();
    fs.appendFileSync(path.join(folder, 'policies', 'POL-ACC.md'), '\nSigned by {{ ceo_name }}.\n');
    expect(loadError(folder)).toBe('The catalog is inconsistent:\npolicy POL-ACC: unknown placeholder {{ceo_name}}');
  });

  it('a file that is not JSON', () => {
    const folder = catalogCopy();
    fs.writeFileSync(path.join(folder, 'criteria.json'), '{ "series": [');
    expect(loadError(folder)).toMatch(/^criteria\.json: not valid JSON \(/);
  });

  it('a criterion with a field missing, or in an unknown series', () => {
    const folder = catalogCopy();
    editJson(folder, 'criteria.json', (file: { criteria: { id: string; summary?: string; series: string }[] }) => {
      delete file.criteria[4]!.summary;
    });
    expect(loadError(folder)).toMatch(/^criteria\.json: criteria > \[4\] CC1\.5 > summary: /);

    const other = catalogCopy();
    editJson(other, 'criteria.json', (file: { criteria: { series: string }[] }) => {
      file.criteria[0]!.series = 'CC0';
    });
    expect(loadError(other)).toBe('The catalog is inconsistent:\ncriterion CC1.1: unknown series CC0');
  });

  it('guidance without all nine description criteria', () => {
    const folder = catalogCopy();
    editJson(folder, 'guidance.json', (file: { descriptionCriteria: unknown[] }) => {
      file.descriptionCriteria.pop();
    });
    expect(loadError(folder)).toMatch(/^guidance\.json: descriptionCriteria: /);
  });

  it('a manifest without a version', () => {
    const folder = catalogCopy();
    editJson(folder, 'manifest.json', () => ({ description: 'no version' }));
    expect(loadError(folder)).toMatch(/^manifest\.json: version: /);
  });
});
