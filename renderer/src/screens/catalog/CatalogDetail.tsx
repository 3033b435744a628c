import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { PolicyPreview } from '../../../../core/api/schemas/catalog';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AUTOMATION_LABELS, capitalise, CATEGORY_LABELS, FREQUENCY_LABELS, METHOD_LABELS, type CatalogIndex, type Control, type Criterion, type ItemRef, type Policy } from './catalog-model';
import { Markdown } from './Markdown';

interface DetailProps {
  index: CatalogIndex;
  onOpen(ref: ItemRef): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function LinkList({ title, empty, children, count }: { title: string; empty: string; count: number; children: ReactNode }) {
  return (
    <section className="catalog-detail__section">
      <h3>
        {title} <span className="catalog-count">({count})</span>
      </h3>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="catalog-links">{children}</ul>}
    </section>
  );
}

function ItemLink({ target, label, note, onOpen }: { target: ItemRef; label: string; note?: string | undefined; onOpen(ref: ItemRef): void }) {
  return (
    <li>
      <button type="button" className="catalog-link" onClick={() => onOpen(target)}>
        <span className="catalog-link__id">{target.id}</span> <span>{label}</span>
      </button>
      {note && <span className="catalog-link__note">{note}</span>}
    </li>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="catalog-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CriterionDetail({ criterion, index, onOpen, headingRef }: DetailProps & { criterion: Criterion }) {
  const controls = index.controlsByCriterion.get(criterion.id) ?? [];
  const policies = index.policiesByCriterion.get(criterion.id) ?? [];
  return (
    <>
      <p className="eyebrow">
        Criterion · {CATEGORY_LABELS[criterion.category]} · {criterion.series} {index.seriesName.get(criterion.series)}
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {criterion.id}
      </h2>
      <p className="catalog-detail__lede">{criterion.summary}</p>
      {criterion.cosoPrinciple !== null && <p className="muted">Corresponds to COSO 2013 principle {criterion.cosoPrinciple}.</p>}
      <section className="catalog-detail__section">
        <h3>What an auditor usually looks for</h3>
        <p>{criterion.guidance}</p>
      </section>
      {criterion.pointsOfFocus.length > 0 && (
        <section className="catalog-detail__section">
          <h3>Points of focus</h3>
          <p className="muted">Guidance on what to consider, in our words. They are never scored pass or fail.</p>
          <ul>
            {criterion.pointsOfFocus.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}
      <LinkList title="Controls that address it" count={controls.length} empty="No control in this catalog maps to this criterion yet.">
        {controls.map((c) => (
          <ItemLink key={c.id} target={{ kind: 'control', id: c.id }} label={c.title} note={c.key ? 'Key control' : undefined} onOpen={onOpen} />
        ))}
      </LinkList>
      <LinkList title="Policies that support it" count={policies.length} empty="No policy template maps to this criterion.">
        {policies.map((p) => (
          <ItemLink key={p.id} target={{ kind: 'policy', id: p.id }} label={p.title} onOpen={onOpen} />
        ))}
      </LinkList>
    </>
  );
}

export function ControlDetail({ control, index, onOpen, headingRef }: DetailProps & { control: Control }) {
  return (
    <>
      <p className="eyebrow">Control · {control.area}</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {control.id} — {control.title}
      </h2>
      <p className="catalog-detail__lede">{control.objective}</p>
      <Facts
        rows={[
          ['Frequency', FREQUENCY_LABELS[control.frequency]],
          ['Nature', capitalise(control.nature)],
          ['Automation', AUTOMATION_LABELS[control.automation]],
          ['Role', control.key ? 'Key control' : 'Supporting control'],
          ['Starter set', control.recommended ? 'Recommended' : 'Optional'],
        ]}
      />
      <section className="catalog-detail__section">
        <h3>Suggested evidence</h3>
        <ul>
          {control.suggestedEvidence.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section className="catalog-detail__section">
        <h3>Readiness test procedure</h3>
        <p className="muted">For internal readiness testing. Methods: {control.testProcedure.methods.map((m) => METHOD_LABELS[m]).join(', ')}.</p>
        <ol>
          {control.testProcedure.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <LinkList title="Criteria it addresses" count={control.criteria.length} empty="This control maps to no criterion.">
        {control.criteria.map((id) => (
          <ItemLink key={id} target={{ kind: 'criterion', id }} label={index.criterion.get(id)?.summary ?? 'Unknown criterion'} onOpen={onOpen} />
        ))}
      </LinkList>
      <LinkList title="Policies it relies on" count={control.policies.length} empty="No policy template is linked to this control.">
        {control.policies.map((id) => (
          <ItemLink key={id} target={{ kind: 'policy', id }} label={index.policy.get(id)?.title ?? 'Unknown policy'} onOpen={onOpen} />
        ))}
      </LinkList>
    </>
  );
}

export function PolicyDetail({ policy, index, onOpen, headingRef }: DetailProps & { policy: Policy }) {
  const api = useApi();
  const controls = index.controlsByPolicy.get(policy.id) ?? [];
  const [filled, setFilled] = useState(false);
  const [preview, setPreview] = useState<PolicyPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const requested = useRef<string | null>(null);

  useEffect(() => {
    if (!filled || requested.current === policy.id) return;
    requested.current = policy.id;
    setError(null);
    api.call('catalog.policyPreview', { id: policy.id }).then(setPreview, setError);
  }, [api, filled, policy.id]);

  const shown = filled && preview?.id === policy.id ? preview : null;
  return (
    <>
      <p className="eyebrow">Policy template · reviewed every {policy.reviewMonths} months</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {policy.title}
      </h2>
      <p className="catalog-detail__lede">{policy.summary}</p>
      <Facts rows={[['Categories', policy.categories.map((c) => CATEGORY_LABELS[c]).join(', ')], ['Template id', policy.id]]} />
      <LinkList title="Criteria it supports" count={policy.criteria.length} empty="This policy maps to no criterion.">
        {policy.criteria.map((id) => (
          <ItemLink key={id} target={{ kind: 'criterion', id }} label={index.criterion.get(id)?.summary ?? 'Unknown criterion'} onOpen={onOpen} />
        ))}
      </LinkList>
      <LinkList title="Controls that cite it" count={controls.length} empty="No control in this catalog cites this policy.">
        {controls.map((c) => (
          <ItemLink key={c.id} target={{ kind: 'control', id: c.id }} label={c.title} onOpen={onOpen} />
        ))}
      </LinkList>
      <section className="catalog-detail__section">
        <div className="catalog-template__head">
          <h3>Template text</h3>
          <label className="choice catalog-template__toggle">
            <input type="checkbox" checked={filled} onChange={(e) => setFilled(e.target.checked)} />
            <span>Fill in this engagement’s details</span>
          </label>
        </div>
        {error !== null && <ErrorMessage error={error} />}
        {shown ? (
          <>
            {shown.missing.length > 0 && (
              <p className="muted" role="status">
                Still to be set: {shown.missing.map((m) => m.label).join(', ')}. They show as “[to be set: …]” until the policy settings in step 3 provide them.
              </p>
            )}
            <Markdown source={shown.markdown} label={`${policy.title}, filled in`} />
          </>
        ) : (
          <>
            <p className="muted">Words in double braces, such as {'{{system_name}}'}, are filled from the organisation profile when the policy is adopted.</p>
            <Markdown source={policy.markdown} label={`${policy.title}, template`} />
          </>
        )}
      </section>
    </>
  );
}
