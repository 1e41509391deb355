import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { fromGlobalId, toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The merger clean-up (issue 13, item 11): an association recorded in Bình Dương (abolished into Hồ Chí
 * Minh City), one in Hà Nội before 2025 (the successor kept the name: nothing to do), and an event in
 * Quảng Nam (abolished into Đà Nẵng) organised by the first, dated after the abolition (a stale record), and
 * one there before it (history: it stays).
 */
const src = { sourceCitations: ['test fixture'] };
const id: Record<string, string> = {};
let server: TestServer;
let secretariat: string;

beforeAll(async () => {
  server = await startTestServer('province_remap', { seed: false });
  await server.app.database.orm.em.fork().transactional(async (tx) => {
    const province = (key: string) => tx.findOneOrFail(Province, { key });
    const r = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội R Bình Dương', province: await province('binh-duong-pre2025'), ...src });
    const h = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội R Hà Nội', province: await province('ha-noi-pre2025'), ...src });
    // recorded (by an older import) on a unit abolished before it took place: stale, to be remapped
    const event = tx.create(Event, { kind: EventKind.EXCHANGE, title: 'Giao lưu Quảng Nam', startDate: PartialDate.parse('2025-09-01'), province: await province('quang-nam-pre2025'), ...src });
    tx.create(EventOrganizer, { event, organization: r });
    // held in Quảng Nam before the merger: history, never moved
    const past = tx.create(Event, { kind: EventKind.EXCHANGE, title: 'Giao lưu Quảng Nam 2024', startDate: PartialDate.parse('2024-09-01'), province: await province('quang-nam-pre2025'), ...src });
    tx.create(EventOrganizer, { event: past, organization: r });
    await tx.flush();
    Object.assign(id, { r: r.id, h: h.id, event: event.id, past: past.id, binhDuong: (await province('binh-duong-pre2025')).id, hcmc: (await province('ho-chi-minh-city')).id });
  });
  secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
});
afterAll(() => server.stop());

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${secretariat}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}

const REMAP = 'mutation($dry: Boolean!) { remapProvinces(dryRun: $dry) { dryRun runId changes { kind record organization { name } from { key } to { key } outcome } } }';

describe('the merger clean-up', () => {
  it('lists only what needs moving: a unit whose successor kept the name counts as remapped', async () => {
    const { organizationsOnAbolishedProvinces, eventsOnAbolishedProvinces } = await data(
      '{ organizationsOnAbolishedProvinces(first: 50) { edges { node { name } } } eventsOnAbolishedProvinces(first: 50) { edges { node { title } } } }',
    );
    expect(organizationsOnAbolishedProvinces.edges.map((e: any) => e.node.name)).toEqual(['Hội R Bình Dương']);
    expect(eventsOnAbolishedProvinces.edges.map((e: any) => e.node.title)).toEqual(['Giao lưu Quảng Nam']);
  });

  it('a dry run shows the organization and the event it would move; the run moves them, records the run and audits each change; again, nothing', async () => {
    const dry = (await data(REMAP, { dry: true })).remapProvinces;
    const expected = [
      { kind: 'ORGANIZATION', record: toGlobalId('Organization', id.r), organization: { name: 'Hội R Bình Dương' }, from: { key: 'binh-duong-pre2025' }, to: { key: 'ho-chi-minh-city' }, outcome: 'MOVED' },
      { kind: 'EVENT', record: toGlobalId('Event', id.event), organization: null, from: { key: 'quang-nam-pre2025' }, to: { key: 'da-nang' }, outcome: 'MOVED' },
    ];
    expect(dry).toEqual({ dryRun: true, runId: null, changes: expected });

    const run = (await data(REMAP, { dry: false })).remapProvinces;
    expect(run).toEqual({ dryRun: false, runId: expect.any(String), changes: expected });
    // The run's ID is a global ID like every other, of type RemapRun.
    expect(fromGlobalId(run.runId).type).toBe('RemapRun');
    const moved = await data('query($r: ID!, $e: ID!) { r: node(id: $r) { ... on Organization { province { key } } } e: node(id: $e) { ... on Event { province { key } } } }', { r: toGlobalId('Organization', id.r), e: toGlobalId('Event', id.event) });
    expect(moved).toEqual({ r: { province: { key: 'ho-chi-minh-city' } }, e: { province: { key: 'da-nang' } } });
    const past = await data('query($id: ID!) { node(id: $id) { ... on Event { province { key } } } }', { id: toGlobalId('Event', id.past) });
    expect(past.node.province.key).toBe('quang-nam-pre2025');

    // Readable after the fact: who, when, what moved.
    const { remapRuns } = await data('{ remapRuns { totalCount nodes { id actor at changes { nodes { recordKind record organization { name } from { key } to { key } outcome actor } } } } }');
    expect(remapRuns.totalCount).toBe(1);
    expect(remapRuns.nodes).toHaveLength(1);
    expect(remapRuns.nodes[0]).toMatchObject({ id: run.runId, actor: 'Ban Thư ký' });
    expect(Date.now() - Date.parse(remapRuns.nodes[0].at)).toBeLessThan(60_000);
    // in the order the run answered them (remap-order.test.ts): organizations before events
    expect(remapRuns.nodes[0].changes.nodes.map((c: any) => [c.recordKind, c.record, c.from.key, c.to.key, c.outcome])).toEqual([
      ['ORGANIZATION', toGlobalId('Organization', id.r), 'binh-duong-pre2025', 'ho-chi-minh-city', 'MOVED'],
      ['EVENT', toGlobalId('Event', id.event), 'quang-nam-pre2025', 'da-nang', 'MOVED'],
    ]);
    // The ID the remap answered reads the same run again, and each change names it.
    const { remapRun } = await data('query($id: ID!) { remapRun(id: $id) { id actor changes { totalCount nodes { runId recordKind } } } }', { id: run.runId });
    expect(remapRun).toEqual({ id: run.runId, actor: 'Ban Thư ký', changes: { totalCount: 2, nodes: [{ runId: run.runId, recordKind: 'ORGANIZATION' }, { runId: run.runId, recordKind: 'EVENT' }] } });

    // In the audit trail, with the province before and after.
    const { auditTrail } = await data('query($id: ID!) { auditTrail(entityId: $id) { nodes { action entityType record actor before after } } }', { id: toGlobalId('Organization', id.r) });
    expect(auditTrail.nodes).toEqual([{
      action: 'UPDATE', entityType: 'Organization', record: toGlobalId('Organization', id.r), actor: 'Ban Thư ký',
      before: { province: toGlobalId('Province', id.binhDuong) }, after: { province: toGlobalId('Province', id.hcmc) },
    }]);

    expect((await data(REMAP, { dry: false })).remapProvinces).toEqual({ dryRun: false, runId: null, changes: [] });
    const hanoi = await data('query($id: ID!) { node(id: $id) { ... on Organization { province { key } } } }', { id: toGlobalId('Organization', id.h) });
    expect(hanoi.node.province.key).toBe('ha-noi-pre2025');
  });

  it('remap runs are the secretariat’s', async () => {
    const { body } = await server.gql('{ remapRuns { nodes { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });
});
