import { getEngagementControl, listEngagementControls, setControlMapping, setImplementationStatus } from '../../../db/queries/engagement-controls';
import { adoptControls } from '../../controls/adopt-controls';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { EngagementControlView } from '../gap-types';
import type { HandlerContext } from './context';

type ControlMethods = 'controls.list' | 'controls.adopt' | 'controls.setStatus' | 'controls.setMapping';

/**
 * The minimum of engagement controls that the gap analysis and the scores need: adopt from the library,
 * set the implementation status, map to criteria. Step 3 builds editing, custom controls and
 * retirement on the same tables.
 */
export function controlHandlers({ session }: HandlerContext): Pick<ApiHandlers, ControlMethods> {
  const workspace = () => session.workspace;
  const list = () => workspace().read(listEngagementControls) as EngagementControlView[];
  const one = (id: number) => {
    const control = workspace().read((db) => getEngagementControl(db, id));
    if (!control) throw new ApiError('BAD_ARGUMENT', 'That control is not in this engagement (it may have been removed). Reload the list.');
    return control as EngagementControlView;
  };

  return {
    'controls.list': list,

    'controls.adopt': ({ catalogIds }) => {
      // Shared with step 3's "adopt the recommended set": it also links the policies the control cites.
      adoptControls(workspace(), engagementCatalog(workspace()), catalogIds);
      return list();
    },

    'controls.setStatus': ({ id, status }) => {
      const ws = workspace();
      const before = one(id);
      if (before.retired) throw new ApiError('BAD_ARGUMENT', `${before.title} is retired. Bring it back in step 3 before changing its status.`);
      if (before.implementationStatus !== status) {
        ws.write({ action: 'controls.setStatus', subject: `control:${id}`, details: { control: before.catalogControlId ?? before.title, from: before.implementationStatus, to: status } }, (db) => setImplementationStatus(db, id, status, ws.now()));
      }
      return one(id);
    },

    'controls.setMapping': ({ id, criterionId, mapped }) => {
      const ws = workspace();
      const before = one(id);
      if (!engagementCatalog(ws).criteria.some((criterion) => criterion.id === criterionId)) throw new ApiError('BAD_ARGUMENT', `${criterionId} is not a criterion of this engagement's catalog.`);
      if (before.criteria.includes(criterionId) !== mapped) {
        ws.write({ action: 'controls.setMapping', subject: `control:${id}`, details: { control: before.catalogControlId ?? before.title, criterionId, mapped } }, (db) => setControlMapping(db, id, criterionId, mapped, ws.now()));
      }
      return one(id);
    },
  };
}
