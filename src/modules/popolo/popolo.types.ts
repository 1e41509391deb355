/**
 * Popolo JSON (http://www.popoloproject.com/specs/), the parts this directory exports: each object as the
 * Popolo JSON schemas (popolo-spec, schemas/*.json) describe it, with snake_case names and dates as
 * YYYY, YYYY-MM or YYYY-MM-DD.
 */
export interface PopoloLink {
  url: string;
  note?: string;
}

export interface PopoloIdentifier {
  identifier: string;
  scheme: string;
}

export interface PopoloOtherName {
  name: string;
  note?: string;
}

export interface PopoloContactDetail {
  type: string;
  value: string;
  label?: string;
  note?: string;
}

export interface PopoloPerson {
  id: string;
  name: string;
  honorific_prefix?: string;
  biography?: string;
  contact_details?: PopoloContactDetail[];
  sources: PopoloLink[];
}

export interface PopoloOrganization {
  id: string;
  name: string;
  other_names?: PopoloOtherName[];
  identifiers?: PopoloIdentifier[];
  classification: string;
  parent_id?: string;
  founding_date?: string;
  dissolution_date?: string;
  description?: string;
  links?: PopoloLink[];
  sources: PopoloLink[];
}

export interface PopoloPost {
  id: string;
  label: string;
  role: string;
  organization_id: string;
}

export interface PopoloMembership {
  id: string;
  label?: string;
  role: string;
  person_id?: string;
  member?: { '@type': 'Organization'; id: string };
  organization_id: string;
  post_id?: string;
  start_date?: string;
  end_date?: string;
  sources: PopoloLink[];
}

export interface PopoloDocument {
  /** Not a Popolo class: what the file is, where it was taken from and when, and who it was made for. */
  meta: {
    title: string;
    source: string;
    generated_at: string;
    scope: string;
    visibility: string;
    specification: string;
    notes: string[];
  };
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  memberships: PopoloMembership[];
  posts: PopoloPost[];
}
