import { insertPbcRequest, type PbcInput } from '../../db/queries/pbc-requests';
import type { Workspace } from '../../db/workspace';

/**
 * Step 5 of the demo: the CPA firm has sent its first request list ahead of fieldwork, and the team is
 * working through it. Nothing is sealed and the drafts are left as generated, so the readiness
 * checklist shows what a real engagement still has to do at this point.
 */
const REQUESTS: Omit<PbcInput, 'source' | 'linkedEvidence'>[] = [
  { reference: 'PBC-01', request: 'System description (draft) and the network and data-flow diagrams it refers to.', status: 'provided', owner: 'Priya Raman (Head of Security)', dueDate: '2026-10-05', notes: 'Sent the draft description on 2 October; diagrams attached.' },
  { reference: 'PBC-02', request: 'Listing of all employees and contractors active during the review period, with hire and termination dates.', status: 'in-progress', owner: 'Sam Ortiz (IT and People Operations)', dueDate: '2026-10-09', notes: 'HR export requested; contractor list still being reconciled.' },
  { reference: 'PBC-03', request: 'Quarterly user access reviews for production, the identity provider and source control (Q2 and Q3).', status: 'open', owner: 'Priya Raman (Head of Security)', dueDate: '2026-10-12', notes: '' },
  { reference: 'PBC-04', request: 'Population of production changes deployed during the period, exported from the deployment pipeline.', status: 'open', owner: 'Tom Okafor (VP Engineering)', dueDate: '2026-10-12', notes: 'Auditor will select the sample from this listing.' },
  { reference: 'PBC-05', request: 'Information security policy set with approval evidence and the date of the last review.', status: 'accepted', owner: 'Priya Raman (Head of Security)', dueDate: '2026-10-02', notes: '' },
  { reference: 'PBC-06', request: 'Most recent SOC 2 Type II report of Northwind Cloud Services and any bridge letter covering the gap to period end.', status: 'open', owner: 'Lena Fischer (COO)', dueDate: '2026-10-16', notes: '' },
];

export function addDemoAuditFieldwork(workspace: Workspace): void {
  workspace.write({ action: 'pbc.import', subject: 'request list', details: { added: REQUESTS.length, problems: 0 } }, (db) => {
    for (const request of REQUESTS) insertPbcRequest(db, { ...request, linkedEvidence: [], source: 'csv' }, workspace.now());
  });
}
