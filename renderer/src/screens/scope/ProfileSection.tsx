import { useEffect, useState } from 'react';
import type { ApiArgs } from '../../../../core/api/contract';
import type { ProfileView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { SavedField } from './SavedField';
import type { ScopeSectionProps } from './ScopeStep';

type TextKey = Exclude<keyof ProfileView, 'headcount' | 'confirmedAt' | 'confirmedBy' | 'updatedAt' | 'targetFieldworkStart' | 'targetFieldworkEnd' | 'targetReportDate'>;

const CONTACTS: { role: string; name: TextKey; email: TextKey; example: string; why: string }[] = [
  { role: 'Executive sponsor', name: 'sponsorName', email: 'sponsorEmail', example: 'e.g. Dana Whitfield (CEO)', why: 'Signs management’s assertion at the end.' },
  { role: 'Security owner', name: 'securityOwnerName', email: 'securityOwnerEmail', example: 'e.g. Priya Raman (Head of Security)', why: 'Named in the policies as the person responsible for security.' },
  { role: 'Policy owner', name: 'policyOwnerName', email: 'policyOwnerEmail', example: 'e.g. Priya Raman (Head of Security)', why: 'Owns and reviews the policies (often the security owner).' },
  { role: 'Privacy contact', name: 'privacyContactName', email: 'privacyContactEmail', example: 'e.g. Marcus Lee (Privacy Lead)', why: 'Named in the privacy notice and privacy policy.' },
];

/** The organisation profile: what it does, where, how big, and who is responsible (used to fill policies later). */
export function ProfileSection({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    api.call('profile.get').then(setProfile, setLoadError);
  }, [api]);

  if (!profile) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the profile…</p>;

  const save = (patch: ApiArgs<'profile.update'>) => void run(async () => setProfile(await api.call('profile.update', patch)));

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>
      <div className="card">
        <h3>What you do and where</h3>
        <SavedField
          label="Services you provide"
          multiline
          rows={3}
          maxLength={100_000}
          value={profile.services}
          example="e.g. Subscription analytics for retailers: nightly data loads, dashboards and forecasts, delivered as a web application and an API."
          hint="One or two sentences, as you would describe it to a customer."
          onSave={(v) => save({ services: v })}
        />
        <div className="form-grid">
          <SavedField label="Locations" multiline rows={2} maxLength={5000} value={profile.locations} example="e.g. Head office in Austin; remote staff in the US and Canada; hosted in a cloud region in US-East" onSave={(v) => save({ locations: v })} />
          <SavedField
            label="Headcount (employees and contractors)"
            type="number"
            value={profile.headcount === null ? '' : String(profile.headcount)}
            example="e.g. 85"
            hint="Roughly; it sizes samples and training populations later."
            onSave={(v) => {
              const number = v.trim() === '' ? null : Number(v);
              if (number === null || (Number.isInteger(number) && number >= 0)) save({ headcount: number });
            }}
          />
        </div>
      </div>
      <div className="card">
        <h3>Contacts</h3>
        <p className="muted">These names fill the placeholders in the policy templates (step 3), so a policy never goes out with a blank owner.</p>
        {CONTACTS.map((contact) => (
          <fieldset key={contact.role} className="contact">
            <legend>{contact.role}</legend>
            <p className="field__hint">{contact.why}</p>
            <div className="form-grid">
              <SavedField label={`${contact.role}: name and role`} value={profile[contact.name] as string} example={contact.example} onSave={(v) => save({ [contact.name]: v })} />
              <SavedField label={`${contact.role}: e-mail`} type="email" value={profile[contact.email] as string} example="e.g. name@company.example" onSave={(v) => save({ [contact.email]: v })} />
            </div>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
