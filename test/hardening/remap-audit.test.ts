import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 10, item 10: the remap goes through the write unit like every mutation: the write rate limit,
 * an audit entry per changed intervention area (before and after), none for a dry run.
 *   N1: health in Bình Dương (old)          → moved to Hồ Chí Minh City
 *   N3: Đà Nẵng (old) and Quảng Nam (old)   → Đà Nẵng (old) moved to Đà Nẵng, Quảng Nam (old) merged into it
 */
const WRITE_RATE_LIMIT = 8;
const src = { sourceCitations: ['test fixture'] };
const area: Record<string, string> = {};
const province: Record<string, string> = {};
let server: TestServer;
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('remap-audit', { env: { WRITE_RATE_LIMIT: String(WRITE_RATE_LIMIT) } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const provinces = await tx.find(Province, { key: { $in: ['binh-duong-pre2025', 'ho-chi-minh-city', 'da-nang-pre2025', 'quang-nam-pre2025', 'da-nang'] } });
    for (const p of provinces) province[p.key] = p.id;
    const health = await tx.findOneOrFail(Sector, { key: 'health-care' });
    const ngo = (key: string) => tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: `NGO ${key}`, ...src });
    const [n1, n3] = [ngo('N1'), ngo('N3')];
    const add = (key: string, organization: Organization, p: string, sector?: Sector) => {
      area[key] = tx.create(InterventionArea, { organization, province: tx.getReference(Province, province[p]), sector, ...src }).id;
    };
    add('n1BinhDuong', n1, 'binh-duong-pre2025', health);
    add('n3DaNang', n3, 'da-nang-pre2025');
    add('n3QuangNam', n3, 'quang-nam-pre2025');
    await tx.flush();
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
  token.flood = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'flood' });
});
afterAll(() => server.stop());

const REMAP = 'mutation($dry: Boolean!) { remapInterventionAreas(dryRun: $dry) { dryRun runId changes { outcome } } }';
const remap = (dry: boolean, who = 'secretariat') => server.gql(REMAP, { dry }, { authorization: `Bearer ${token[who]}` });
async function trail(areaKey: string) {
  const { body } = await server.gql('query($id: ID!) { auditTrail(entityId: $id) { nodes { actor actorRole action entityType before after } } }', { id: toGlobalId('InterventionArea', area[areaKey]) }, { authorization: `Bearer ${token.secretariat}` });
  expect(body.errors).toBeUndefined();
  return body.data.auditTrail.nodes;
}
const count = async (sql: string) => (await server.app.database.orm.em.fork().execute(sql))[0].n;

describe('the remap goes through the write unit', () => {
  it('a dry run writes nothing, not even an audit entry; a run records one for each area it moves or merges, with the province before and after', async () => {
    const dry = await remap(true);
    expect(dry.body.errors).toBeUndefined();
    // Đà Nẵng kept its name: the area there counts as remapped already.
    expect(dry.body.data.remapInterventionAreas.changes).toHaveLength(2);
    for (const key of Object.keys(area)) expect(await trail(key)).toEqual([]);
    expect(await count('select count(*)::int as n from audit_entry')).toBe(0);
    expect(await count('select count(*)::int as n from area_remap')).toBe(0);

    const { body } = await remap(false);
    expect(body.errors).toBeUndefined();
    expect(body.data.remapInterventionAreas.changes.map((c: any) => c.outcome).sort()).toEqual(['MERGED', 'MOVED']);
    const who = { actor: 'Ban Thư ký', actorRole: 'SECRETARIAT', entityType: 'InterventionArea' };
    expect(await trail('n1BinhDuong')).toEqual([{ ...who, action: 'UPDATE', before: { province: toGlobalId('Province', province['binh-duong-pre2025']) }, after: { province: toGlobalId('Province', province['ho-chi-minh-city']) } }]);
    expect(await trail('n3DaNang')).toEqual([]);
    expect(await trail('n3QuangNam')).toEqual([{ ...who, action: 'DELETE', before: expect.objectContaining({ province: toGlobalId('Province', province['quang-nam-pre2025']) }), after: null }]);
    expect(await count(`select count(*)::int as n from audit_entry where entity_type = 'InterventionArea'`)).toBe(2);

    // Nothing left to do: a second run changes and records nothing.
    const again = await remap(false);
    expect(again.body.data.remapInterventionAreas).toEqual({ dryRun: false, runId: null, changes: [] });
    expect(await count(`select count(*)::int as n from audit_entry where entity_type = 'InterventionArea'`)).toBe(2);
  });

  it('counts against the write rate limit', async () => {
    for (let i = 0; i < WRITE_RATE_LIMIT; i++) expect((await remap(true, 'flood')).body.errors).toBeUndefined();
    const refused = await remap(true, 'flood');
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toEqual(expect.any(String));
  });
});
