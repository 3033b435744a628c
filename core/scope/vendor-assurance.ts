import type { VendorView } from '../api/scope-types';

type VendorFacts = Pick<VendorView, 'isSubservice' | 'subserviceMethod' | 'criticality' | 'socReport' | 'socPeriodStart' | 'socPeriodEnd' | 'socOpinion' | 'bridgeLetterFrom' | 'bridgeLetterTo'> & { csocCount: number };

/**
 * What is missing or worrying about a vendor's assurance, in plain words. A vendor's SOC report
 * covers its own period: when that period ends before the engagement's date, a bridge (gap) letter
 * must cover the difference. `coverUntil` is the engagement's period end (Type II) or as-of date
 * (Type I), when known.
 */
export function vendorAssuranceNotes(vendor: VendorFacts, coverUntil: string | null): string[] {
  const notes: string[] = [];
  if (vendor.isSubservice && !vendor.subserviceMethod) notes.push('Choose how the report treats this subservice organisation: carve-out or inclusive.');
  if (vendor.isSubservice && vendor.subserviceMethod === 'carve-out' && vendor.csocCount === 0) {
    notes.push('List the controls you rely on this provider to operate (CSOCs); a carve-out description must name them.');
  }
  const important = vendor.isSubservice || vendor.criticality === 'high' || vendor.criticality === 'critical';
  if (vendor.socReport === 'none') {
    if (important) notes.push('No assurance report recorded: ask the vendor for its SOC 2 Type II report (or record the assurance it offers).');
    return notes;
  }
  if (!vendor.socPeriodEnd) notes.push('Record the period (or date) its report covers.');
  if (vendor.socPeriodStart && vendor.socPeriodEnd && vendor.socPeriodEnd < vendor.socPeriodStart) notes.push('Its report period ends before it starts: check the two dates.');
  if (vendor.socOpinion === 'not-reviewed') notes.push('Read its report and record the auditor’s opinion.');
  else if (vendor.socOpinion !== 'unqualified') notes.push(`Its auditor’s opinion is ${vendor.socOpinion}: read the exceptions and decide whether your own controls compensate.`);
  if (vendor.bridgeLetterFrom && vendor.bridgeLetterTo && vendor.bridgeLetterTo < vendor.bridgeLetterFrom) notes.push('Its bridge letter ends before it starts: check the two dates.');
  if (coverUntil && vendor.socPeriodEnd && vendor.socPeriodEnd < coverUntil) {
    const bridged = vendor.bridgeLetterTo !== null && vendor.bridgeLetterTo >= coverUntil;
    if (!bridged) notes.push(`Its report covers only up to ${vendor.socPeriodEnd}, before your report date ${coverUntil}: obtain a bridge letter that covers the gap.`);
  }
  return notes;
}
