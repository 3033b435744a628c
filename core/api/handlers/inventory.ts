import { getEngagement } from '../../../db/queries/engagement';
import { deleteSystemComponent, getSystemComponent, insertSystemComponent, listSystemComponents, updateSystemComponent, type SystemComponentInput } from '../../../db/queries/system-components';
import { deleteVendor, getVendor, insertVendor, updateVendor, type VendorInput } from '../../../db/queries/vendors';
import { readCsvForImport, previewCsv } from '../../csv/csv-import';
import { writeCsv } from '../../csv/write-csv';
import { coverUntil } from '../../scope/read-scope';
import { readVendors } from '../../scope/read-vendors';
import { writeScopeEdit } from '../../scope/scope-write';
import { SYSTEM_FIELDS, toSystemInput } from '../../scope/system-csv';
import { toVendorInput, VENDOR_FIELDS } from '../../scope/vendor-csv';
import { exportFileName } from '../../scope/export-file-name';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { CsvRowProblem, SystemComponentView } from '../scope-types';
import type { HandlerContext } from './context';

type InventoryMethods =
  | 'system.list'
  | 'system.add'
  | 'system.update'
  | 'system.remove'
  | 'system.previewCsv'
  | 'system.importCsv'
  | 'system.exportCsv'
  | 'vendor.list'
  | 'vendor.add'
  | 'vendor.update'
  | 'vendor.remove'
  | 'vendor.previewCsv'
  | 'vendor.importCsv'
  | 'vendor.exportCsv';

const VENDOR_DEFAULTS: Omit<VendorInput, 'name' | 'criticality'> = {
  service: '',
  isSubservice: false,
  subserviceMethod: null,
  socReport: 'none',
  socPeriodStart: null,
  socPeriodEnd: null,
  socOpinion: 'not-reviewed',
  bridgeLetterFrom: null,
  bridgeLetterTo: null,
  notes: '',
};

/** A vendor's subservice status matters to the scope; its other details do not. */
function subserviceChange(before: VendorInput | undefined, after: VendorInput | undefined): string | null {
  const was = before?.isSubservice ? before : undefined;
  const is = after?.isSubservice ? after : undefined;
  if (!was && !is) return null;
  if (!was && is) return `${is.name} added as a subservice organisation${is.subserviceMethod ? ` (${is.subserviceMethod})` : ''}`;
  if (was && !is) return `${was.name} is no longer a subservice organisation`;
  if (was!.subserviceMethod !== is!.subserviceMethod) return `${is!.name}: ${was!.subserviceMethod ?? 'no method'} changed to ${is!.subserviceMethod ?? 'no method'}`;
  if (was!.name !== is!.name) return `Subservice organisation ${was!.name} renamed to ${is!.name}`;
  return null;
}

function checkVendor(vendor: VendorInput): void {
  if (vendor.subserviceMethod && !vendor.isSubservice) throw new ApiError('BAD_ARGUMENT', 'Carve-out or inclusive applies only to subservice organisations: mark the vendor as one first.');
  if (vendor.socPeriodStart && vendor.socPeriodEnd && vendor.socPeriodEnd < vendor.socPeriodStart) throw new ApiError('BAD_ARGUMENT', 'The report period must end after it starts: check the two dates.');
  if (vendor.bridgeLetterFrom && vendor.bridgeLetterTo && vendor.bridgeLetterTo < vendor.bridgeLetterFrom) throw new ApiError('BAD_ARGUMENT', 'The bridge letter must end after it starts: check the two dates.');
}

const lower = (text: string) => text.trim().toLowerCase();

export function inventoryHandlers({ session }: HandlerContext): Pick<ApiHandlers, InventoryMethods> {
  const workspace = () => session.workspace;
  const systems = () => workspace().read(listSystemComponents) as SystemComponentView[];
  const vendors = () => workspace().read((db) => readVendors(db, coverUntil(getEngagement(db))));
  const notFound = (what: string) => new ApiError('BAD_ARGUMENT', `That ${what} no longer exists; it may have been removed in another window. Reload the list.`);

  return {
    'system.list': systems,

    'system.add': (input) => {
      const ws = workspace();
      const component = { owner: '', notes: '', ...input };
      writeScopeEdit(ws, { action: 'system.add', subject: 'system', details: component }, { area: 'systems', summary: `System component added: ${component.name} (${component.environment})` }, (db) => insertSystemComponent(db, component, ws.now()));
      return systems();
    },

    'system.update': ({ id, patch }) => {
      const ws = workspace();
      const before = ws.read((db) => getSystemComponent(db, id));
      if (!before) throw notFound('system component');
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value));
      if (Object.keys(changed).length === 0) return systems();
      const scopeFields = ['name', 'environment', 'dataClassification', 'type'].filter((key) => key in changed);
      const note = scopeFields.length > 0 ? { area: 'systems', summary: `System component ${before.name} changed (${scopeFields.join(', ')})` } : null;
      writeScopeEdit(ws, { action: 'system.update', subject: `system:${id}`, details: changed }, note, (db) => updateSystemComponent(db, id, changed, ws.now()));
      return systems();
    },

    'system.remove': ({ id }) => {
      const ws = workspace();
      const before = ws.read((db) => getSystemComponent(db, id));
      if (!before) throw notFound('system component');
      writeScopeEdit(ws, { action: 'system.remove', subject: `system:${id}`, details: { name: before.name } }, { area: 'systems', summary: `System component removed: ${before.name}` }, (db) => deleteSystemComponent(db, id));
      return systems();
    },

    'system.previewCsv': ({ csv }) => previewCsv(csv, SYSTEM_FIELDS),

    'system.importCsv': ({ csv, mapping }) => {
      const ws = workspace();
      const { valid, problems } = readCsvForImport(csv, SYSTEM_FIELDS, mapping);
      const existing = new Set(systems().map((component) => lower(component.name)));
      const skipped: CsvRowProblem[] = [...problems];
      const accepted: SystemComponentInput[] = [];
      for (const row of valid) {
        const component = toSystemInput(row.values);
        if (existing.has(lower(component.name))) {
          skipped.push({ line: row.line, message: `A component named “${component.name}” is already in the inventory (or earlier in this file); edit it there, or rename it in the file`, values: row.raw });
          continue;
        }
        existing.add(lower(component.name));
        accepted.push(component);
      }
      skipped.sort((a, b) => a.line - b.line);
      if (accepted.length > 0) {
        writeScopeEdit(ws, { action: 'system.import', subject: 'system', details: { imported: accepted.length, skipped: skipped.map((problem) => ({ line: problem.line, message: problem.message })) } }, { area: 'systems', summary: `${accepted.length} system component(s) imported from CSV` }, (db) => {
          for (const component of accepted) insertSystemComponent(db, component, ws.now());
        });
      }
      return { imported: accepted.length, skipped };
    },

    'system.exportCsv': () => ({
      fileName: exportFileName(workspace(), 'system inventory'),
      csv: writeCsv(
        SYSTEM_FIELDS.map((field) => field.label),
        systems().map((component) => SYSTEM_FIELDS.map((field) => component[field.key])),
      ),
    }),

    'vendor.list': vendors,

    'vendor.add': (input) => {
      const ws = workspace();
      const vendor: VendorInput = { ...VENDOR_DEFAULTS, ...input };
      checkVendor(vendor);
      const change = subserviceChange(undefined, vendor);
      writeScopeEdit(ws, { action: 'vendor.add', subject: 'vendor', details: vendor }, change ? { area: 'subservice organisations', summary: change } : null, (db) => insertVendor(db, vendor, ws.now()));
      return vendors();
    },

    'vendor.update': ({ id, patch }) => {
      const ws = workspace();
      const before = ws.read((db) => getVendor(db, id));
      if (!before) throw notFound('vendor');
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value)) as Partial<VendorInput>;
      // A vendor that stops being a subservice organisation loses its carve-out/inclusive choice too.
      if (changed.isSubservice === false && before.subserviceMethod !== null) changed.subserviceMethod = null;
      if (Object.keys(changed).length === 0) return vendors();
      const after = { ...before, ...changed };
      checkVendor(after);
      const change = subserviceChange(before, after);
      writeScopeEdit(ws, { action: 'vendor.update', subject: `vendor:${id}`, details: changed }, change ? { area: 'subservice organisations', summary: change } : null, (db) => updateVendor(db, id, changed, ws.now()));
      return vendors();
    },

    'vendor.remove': ({ id }) => {
      const ws = workspace();
      const before = ws.read((db) => getVendor(db, id));
      if (!before) throw notFound('vendor');
      const note = before.isSubservice ? { area: 'subservice organisations', summary: `Subservice organisation removed: ${before.name} (with its CSOCs)` } : null;
      writeScopeEdit(ws, { action: 'vendor.remove', subject: `vendor:${id}`, details: { name: before.name } }, note, (db) => deleteVendor(db, id));
      return vendors();
    },

    'vendor.previewCsv': ({ csv }) => previewCsv(csv, VENDOR_FIELDS),

    'vendor.importCsv': ({ csv, mapping }) => {
      const ws = workspace();
      const { valid, problems } = readCsvForImport(csv, VENDOR_FIELDS, mapping);
      const existing = new Set(vendors().map((vendor) => lower(vendor.name)));
      const skipped: CsvRowProblem[] = [...problems];
      const accepted: VendorInput[] = [];
      for (const row of valid) {
        const result = toVendorInput(row.values);
        if ('error' in result) {
          skipped.push({ line: row.line, message: result.error, values: row.raw });
          continue;
        }
        if (existing.has(lower(result.vendor.name))) {
          skipped.push({ line: row.line, message: `A vendor named “${result.vendor.name}” is already in the register (or earlier in this file); edit it there, or rename it in the file`, values: row.raw });
          continue;
        }
        existing.add(lower(result.vendor.name));
        accepted.push(result.vendor);
      }
      skipped.sort((a, b) => a.line - b.line);
      if (accepted.length > 0) {
        const subservice = accepted.filter((vendor) => vendor.isSubservice).map((vendor) => vendor.name);
        const note = subservice.length > 0 ? { area: 'subservice organisations', summary: `Imported from CSV as subservice organisations: ${subservice.join(', ')}` } : null;
        writeScopeEdit(ws, { action: 'vendor.import', subject: 'vendor', details: { imported: accepted.length, skipped: skipped.map((problem) => ({ line: problem.line, message: problem.message })) } }, note, (db) => {
          for (const vendor of accepted) insertVendor(db, vendor, ws.now());
        });
      }
      return { imported: accepted.length, skipped };
    },

    'vendor.exportCsv': () => ({
      fileName: exportFileName(workspace(), 'vendor register'),
      csv: writeCsv(
        VENDOR_FIELDS.map((field) => field.label),
        vendors().map((vendor) => VENDOR_FIELDS.map((field) => vendor[field.key])),
      ),
    }),
  };
}
