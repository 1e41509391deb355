import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { fromGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The order of a remap run's changes (issue 13, item 11): the same in the dry run, in the run's answer and
 * in the run read back page by page. Records made here in an order that is neither the expected one nor
 * code-point order, all on units abolished on 1 July 2025 (their successors renamed):
 *   NGOs "Tổ chức Ư" (areas: Hà Giang health, Bắc Kạn education, Bắc Kạn health) and "Tổ chức A" (Long An health);
 *   organizations "Hội R Bình Dương", "Hội Đ Hà Giang", "Hội Ă Long An";
 *   events "Giao lưu Quảng Nam" (1 Sep 2025), "Gặp mặt Bắc Kạn" (1 Oct 2025), "Gặp mặt Bắc Kạn" (1 Aug 2025).
 *
 * Expected, by hand: areas first, then organizations, then events (as RemapTarget lists them); within a kind
 * by name in Vietnamese order (A < Ư; Ă < Đ < R; Gặp < Giao, ă before i), then the event's date, the
 * abolished unit's name (Bắc Kạn < Hà Giang) and the sector key (education-training < health-care).
 */
const src = { sourceCitations: ['test fixture'] };
const EXPECTED = [
  'INTERVENTION_AREA Tổ chức A long-an-pre2025 health-care',
  'INTERVENTION_AREA Tổ chức Ư bac-kan-pre2025 education-training',
  'INTERVENTION_AREA Tổ chức Ư bac-kan-pre2025 health-care',
  'INTERVENTION_AREA Tổ chức Ư ha-giang-pre2025 health-care',
  'ORGANIZATION Hội Ă Long An long-an-pre2025 -',
  'ORGANIZATION Hội Đ Hà Giang ha-giang-pre2025 -',
  'ORGANIZATION Hội R Bình Dương binh-duong-pre2025 -',
  'EVENT Gặp mặt Bắc Kạn 2025-08-01 bac-kan-pre2025 -',
  'EVENT Gặp mặt Bắc Kạn 2025-10-01 bac-kan-pre2025 -',
  'EVENT Giao lưu Quảng Nam 2025-09-01 quang-nam-pre2025 -',
];
const titles = new Map<string, string>();
let server: TestServer;
let secretariat: string;

beforeAll(async () => {
  server = await startTestServer('remap_order', { seed: false });
  await server.app.database.orm.em.fork().transactional(async (tx) => {
    const province = (key: string) => tx.findOneOrFail(Province, { key });
    const sector = (key: string) => tx.findOneOrFail(Sector, { key });
    const u = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameVi: 'Tổ chức Ư', ...src });
    const a = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameVi: 'Tổ chức A', ...src });
    tx.create(InterventionArea, { organization: u, province: await province('ha-giang-pre2025'), sector: await sector('health-care') });
    tx.create(InterventionArea, { organization: u, province: await province('bac-kan-pre2025'), sector: await sector('health-care') });
    tx.create(InterventionArea, { organization: a, province: await province('long-an-pre2025'), sector: await sector('health-care') });
    tx.create(InterventionArea, { organization: u, province: await province('bac-kan-pre2025'), sector: await sector('education-training') });
    const r = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội R Bình Dương', province: await province('binh-duong-pre2025'), ...src });
    tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Đ Hà Giang', province: await province('ha-giang-pre2025'), ...src });
    tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Ă Long An', province: await province('long-an-pre2025'), ...src });
    for (const [title, day, key] of [['Giao lưu Quảng Nam', '2025-09-01', 'quang-nam-pre2025'], ['Gặp mặt Bắc Kạn', '2025-10-01', 'bac-kan-pre2025'], ['Gặp mặt Bắc Kạn', '2025-08-01', 'bac-kan-pre2025']]) {
      const event = tx.create(Event, { kind: EventKind.EXCHANGE, title, startDate: PartialDate.parse(day), province: await province(key), ...src });
      tx.create(EventOrganizer, { event, organization: r });
      titles.set(event.id, `${title} ${day}`);
    }
    await tx.flush();
  });
  secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
});
afterAll(() => server.stop());

const data = (query: string, variables?: Record<string, unknown>) => server.data(query, variables, secretariat);

const CHANGE = 'kind: recordKind record organization { name } from { key } sectorKey';
const line = (c: any) => {
  const eventId = c.kind === 'EVENT' ? fromGlobalId(c.record).id : null;
  return `${c.kind} ${eventId ? titles.get(eventId) : c.organization.name} ${c.from.key} ${c.sectorKey ?? c.sector?.key ?? '-'}`;
};

describe('a remap run’s changes, in one order wherever they are read', () => {
  it('the dry run, the run and the run read back list the changes by kind, then name, in Vietnamese order', async () => {
    const REMAP = 'mutation($dry: Boolean!) { remapProvinces(dryRun: $dry) { runId changes { kind record organization { name } from { key } sector { key } } } }';
    const dry = (await data(REMAP, { dry: true })).remapProvinces;
    expect(dry.changes.map(line)).toEqual(EXPECTED);
    const run = (await data(REMAP, { dry: false })).remapProvinces;
    expect(run.changes.map(line)).toEqual(EXPECTED);

    const { remapRun } = await data(`query($id: ID!) { remapRun(id: $id) { changes(first: 50) { totalCount nodes { ${CHANGE} } } } }`, { id: run.runId });
    expect(remapRun.changes.totalCount).toBe(EXPECTED.length);
    expect(remapRun.changes.nodes.map(line)).toEqual(EXPECTED);

    // page by page, forwards and backwards, the same order
    const pages: string[] = [];
    let after: string | undefined;
    for (let n = 0; n < 10; n++) {
      const { remapRun: page } = await data(`query($id: ID!, $after: String) { remapRun(id: $id) { changes(first: 3, after: $after) { nodes { ${CHANGE} } pageInfo { hasNextPage endCursor } } } }`, { id: run.runId, after });
      pages.push(...page.changes.nodes.map(line));
      if (!page.changes.pageInfo.hasNextPage) break;
      after = page.changes.pageInfo.endCursor;
    }
    expect(pages).toEqual(EXPECTED);
    const { remapRun: last } = await data(`query($id: ID!) { remapRun(id: $id) { changes(last: 4) { nodes { ${CHANGE} } } } }`, { id: run.runId });
    expect(last.changes.nodes.map(line)).toEqual(EXPECTED.slice(-4));
  });
});
