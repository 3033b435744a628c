/** How a control is named in scores and reports: its library ID when it has one, then its title. */
export function controlLabel(control: { catalogControlId: string | null; title: string }): string {
  return control.catalogControlId ? `${control.catalogControlId} ${control.title}` : control.title;
}
