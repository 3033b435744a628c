/** The ID a policy is shown under: its template ID (POL-ACC), or POL-<n> for one written for this engagement. */
export function policyRef(policy: { id: number; templateId: string | null }): string {
  return policy.templateId ?? `POL-${policy.id}`;
}
