/**
 * The identifier schemes an organization's identifiers may be issued under. Codes are org-id.guide's list
 * prefixes (https://org-id.guide, the register of organisation identifier lists IATI and 360Giving use)
 * where one exists; the list each entry was read from is named in `origin`. A scheme org-id.guide has no
 * list for gets a code starting with `LOCAL-`, which no org-id.guide prefix can take (those are a country
 * or XI/XM code, a dash and a list name), so a later org-id.guide list never collides with it.
 */
export interface IdentifierScheme {
  code: string;
  name: string;
  /** Where the scheme is described (null where no page is known). */
  url: string | null;
  /** True for an org-id.guide list: `code-identifier` is then the organisation's org-id. */
  orgIdGuide: boolean;
  /** What the scheme's identifiers look like (checked on every write), as a pattern and in words. */
  pattern?: RegExp;
  shape?: string;
  /** Where this entry was read from. */
  origin: string;
}

/** The numbers of foreign NGOs' registration certificates (Registration.number): no org-id.guide list has them. */
export const FNGO_REGISTRATION_SCHEME: IdentifierScheme = {
  code: 'LOCAL-VN-FNGO',
  name: 'Number of a foreign NGO’s Registration Certificate (Giấy đăng ký), issued by the Ministry of Foreign Affairs under Decree 58/2022/NĐ-CP (Art. 7); org-id.guide has no list for it',
  url: null,
  orgIdGuide: false,
  origin: 'local to this directory: the numbers of the registration certificates it records (Registration.number)',
};

export const IDENTIFIER_SCHEMES: readonly IdentifierScheme[] = [
  {
    code: 'XM-DAC',
    name: 'OECD Development Assistance Committee: donor, agency and delivery channel codes',
    url: 'https://org-id.guide/list/XM-DAC',
    orgIdGuide: true,
    pattern: /^\d{1,6}$/,
    shape: 'a DAC code of digits (e.g. 41301)',
    origin: 'org-id.guide register, lists/xm/xm-dac.json (github.com/org-id/register)',
  },
  {
    code: 'XI-IATI',
    name: 'International Aid Transparency Initiative organisation identifier (assigned by the IATI Secretariat)',
    url: 'https://org-id.guide/list/XI-IATI',
    orgIdGuide: true,
    pattern: /^[A-Z0-9][A-Z0-9_.-]*$/i,
    shape: 'letters, digits, "_", "." or "-" after the prefix (e.g. EBRD for XI-IATI-EBRD)',
    origin: 'org-id.guide register, lists/xi/xi-iati.json (github.com/org-id/register)',
  },
  {
    code: 'VN-TIN',
    name: 'Viet Nam Tax Identification Number (mã số thuế), General Department of Taxation',
    url: 'https://org-id.guide/list/VN-TIN',
    orgIdGuide: true,
    pattern: /^\d{10}(-?\d{3})?$/,
    shape: '10 digits, or 13 for a branch or dependent unit (e.g. 0100109106)',
    origin: 'org-id.guide register, lists/vn/vn-tin.json (github.com/org-id/register)',
  },
  {
    code: 'VN-CR',
    name: 'Viet Nam company register (Ministry of Planning and Investment, Department of Business Registration)',
    url: 'https://org-id.guide/list/VN-CR',
    orgIdGuide: true,
    origin: 'org-id.guide register, lists/vn/vn-cr.json (github.com/org-id/register)',
  },
  FNGO_REGISTRATION_SCHEME,
];

const BY_CODE = new Map(IDENTIFIER_SCHEMES.map((scheme) => [scheme.code, scheme]));

export function identifierScheme(code: string): IdentifierScheme | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/** An identifier as stored: spaces trimmed and collapsed, an org-id given whole (`XM-DAC-41301`) cut to its part after the prefix. */
export function normaliseIdentifier(scheme: IdentifierScheme, value: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  const prefix = `${scheme.code}-`;
  return scheme.orgIdGuide && text.toUpperCase().startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** The org-id (`XM-DAC-41301`) of an identifier of an org-id.guide scheme, else null. */
export function orgIdOf(schemeCode: string, identifier: string): string | null {
  return BY_CODE.get(schemeCode)?.orgIdGuide ? `${schemeCode}-${identifier}` : null;
}
