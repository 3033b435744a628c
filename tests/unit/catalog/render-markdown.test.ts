import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { fillPolicy } from '../../../core/catalog/fill-policy';
import { renderPolicyMarkdown } from '../../../renderer/src/screens/catalog/render-markdown';

describe('rendering policy Markdown in the catalog view', () => {
  it('never passes HTML, links or images through from a template', () => {
    const html = renderPolicyMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) ![x](https://example.invalid/x.png) <https://example.invalid>');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain('&lt;script&gt;');
  });

  it('pushes headings below the page headings and renders lists and emphasis', () => {
    const html = renderPolicyMarkdown('# Title\n\n## Purpose\n\n**Bold** text\n\n1. one\n2. two\n');
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<h4>Purpose</h4>');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<ol>');
  });

  it('highlights values still to be set in a filled policy', () => {
    const policy = bundledCatalog().policies.find((p) => p.id === 'POL-ACC')!;
    const html = renderPolicyMarkdown(fillPolicy(policy, { organisationName: 'Acme <b>Ltd</b>' }).markdown);
    expect(html).toContain('<mark class="to-be-set">[to be set: security owner]</mark>');
    expect(html).toContain('Acme &lt;b&gt;Ltd&lt;/b&gt;');
  });
});
