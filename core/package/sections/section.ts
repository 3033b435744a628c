import type { ChecklistView } from '../../api/audit-types';
import type { PackageData, EvidenceItem } from '../data/package-data';
import type { PackagePdf } from '../pdf/package-pdf';

/** Facts about this package (rather than about the engagement) that sections print. */
export interface PackageInfo {
  /** "Seal 3" or "Working draft (not sealed)". */
  versionLabel: string;
  seal: { version: number; fingerprint: string; sealedAt: string; activitySeq: number; activityHash: string } | null;
  generatedAt: string;
  /** SHA-256 of manifest.json (the package fingerprint). */
  fingerprint: string;
  paperLabel: string;
  zipName: string;
  zipFiles: number;
  withheld: EvidenceItem[];
  checklist: ChecklistView;
  appVersion: string;
}

export interface SectionContext {
  pdf: PackagePdf;
  data: PackageData;
  info: PackageInfo;
  /** Lets progress and cancel through during long sections. */
  checkpoint(): Promise<void>;
}

/**
 * One section of the package PDF (product.md §4). Each reads what it needs from the package data and
 * renders a "nothing recorded yet" state for data the workspace does not hold.
 */
export interface PackageSection {
  id: string;
  /** "1"…"10" for the numbered sections, "A" for the appendix. */
  number: string;
  title: string;
  /** How many second-level contents entries it will add (known before layout, for the contents pages). */
  tocEntries(data: PackageData): number;
  render(context: SectionContext): Promise<void> | void;
}
