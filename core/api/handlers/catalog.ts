import { getEngagement } from '../../../db/queries/engagement';
import { catalogOrigin, engagementCatalog } from '../../catalog/engagement-catalog';
import { fillPolicy, PLACEHOLDER_LABELS } from '../../catalog/fill-policy';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { HandlerContext } from './context';

export function catalogHandlers({ session }: HandlerContext): Pick<ApiHandlers, 'catalog.get' | 'catalog.policyPreview'> {
  return {
    'catalog.get': () => {
      const workspace = session.workspace;
      return { ...engagementCatalog(workspace), origin: catalogOrigin(workspace) };
    },

    'catalog.policyPreview': ({ id }) => {
      const workspace = session.workspace;
      const policy = engagementCatalog(workspace).policies.find((p) => p.id === id);
      if (!policy) throw new ApiError('BAD_ARGUMENT', `There is no policy ${id} in this engagement's catalog.`);
      const engagement = workspace.read(getEngagement);
      // Step 1 knows the organisation and system today; owners and dates come with step 3's policy settings.
      const filled = fillPolicy(policy, { organisationName: engagement.organisationName, systemName: engagement.systemName });
      return { id, markdown: filled.markdown, missing: filled.missing.map((placeholder) => ({ placeholder, label: PLACEHOLDER_LABELS[placeholder] })) };
    },
  };
}
