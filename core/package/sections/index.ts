import { activityVerificationSection } from './activity-verification';
import { controlDetailsSection } from './control-details';
import { controlMatrixSection } from './control-matrix';
import { criteriaCoverageSection } from './criteria-coverage';
import { evidenceIndexSection } from './evidence-index';
import { exceptionsGapsSection } from './exceptions-gaps';
import { policyRegisterSection, policyTextAppendix } from './policies';
import { readinessSummarySection } from './readiness-summary';
import { scopeDescriptionSection } from './scope-description';
import type { PackageSection } from './section';

/**
 * The package's sections after the cover and contents, in the order of product.md §4. To add one:
 * write a module exporting a PackageSection and put it in this list.
 */
export const PACKAGE_SECTIONS: readonly PackageSection[] = [
  readinessSummarySection,
  scopeDescriptionSection,
  criteriaCoverageSection,
  controlMatrixSection,
  controlDetailsSection,
  policyRegisterSection,
  evidenceIndexSection,
  exceptionsGapsSection,
  activityVerificationSection,
  policyTextAppendix,
];
