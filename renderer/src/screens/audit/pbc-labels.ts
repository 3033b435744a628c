import type { PbcField, PbcStatus } from '../../../../core/api/audit-types';

export const PBC_STATUS_LABELS: Record<PbcStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  provided: 'Provided',
  accepted: 'Accepted by the auditor',
  'not-applicable': 'Not applicable',
};

export const PBC_STATUSES = Object.keys(PBC_STATUS_LABELS) as PbcStatus[];

export const PBC_FIELD_LABELS: Record<PbcField, string> = {
  reference: 'Reference',
  request: 'Request (required)',
  status: 'Status',
  owner: 'Owner',
  dueDate: 'Due date',
  notes: 'Notes',
};
