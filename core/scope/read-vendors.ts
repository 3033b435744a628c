import type Database from 'better-sqlite3';
import { listCsocs } from '../../db/queries/complementary-controls';
import { listVendors } from '../../db/queries/vendors';
import type { CsocView, VendorView } from '../api/scope-types';
import { vendorAssuranceNotes } from './vendor-assurance';

/** The vendor register with each vendor's CSOCs and the problems with its assurance. */
export function readVendors(db: Database.Database, coverUntil: string | null): VendorView[] {
  const csocs = listCsocs(db);
  return listVendors(db).map((record) => {
    const own: CsocView[] = csocs.filter((csoc) => csoc.vendorId === record.id);
    const vendor = { ...record, csocs: own } as Omit<VendorView, 'assuranceNotes'>;
    return { ...vendor, assuranceNotes: vendorAssuranceNotes({ ...vendor, csocCount: own.length }, coverUntil) };
  });
}
