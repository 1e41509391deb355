import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readSql } from '../../db/read-sql.js';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import type { AuditRecorder } from '../../writes/write.js';
import { Event } from '../event/event.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import type { Sector } from '../sector/sector.entity.js';
import { toGlobalId } from '../../relay/global-id.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages, groupedRowPages, ROOT, type Page, type SortKey } from '../../relay/grouped-page.js';
import { AreaRemap } from './area-remap.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { AreaChange, RemapResult, RemapRun } from './ngo.types.js';
import { RECORD_TYPE, RemapTarget, RUN_TYPE } from './ngo.enums.js';

/**
 * A record on a province abolished by `?` (a date) that needs moving: not when the successor kept the
 * name (Hà Nội before and after 2025 is the same place to a reader), which counts as remapped already.
 * SQL over the record's province column `column`.
 */
export const needsRemapSql = (column: string) =>
  `exists (select 1 from province p left join province s on s.id = p.successor_id
           where p.id = ${column} and p.valid_until < ?::date and (s.id is null or s.name_vi <> p.name_vi))`;

interface Move {
  kind: RemapTarget;
  record: { id: string };
  organizationId: string | null;
  from: Province;
  to: Province;
  sector: Sector | null;
  outcome: 'MOVED' | 'MERGED';
  apply: () => void;
}

/**
 * Moves what is still recorded against a province abolished by `date` to its successor — intervention
 * areas (merged where the NGO already has the successor in that sector), organizations, events — inside
 * the caller's write (one transaction, audited). Each change is recorded under one run id, readable later
 * with `remapRuns`. A dry run only tells what would change; running it again finds nothing to do.
 */
export async function remapProvinces(
  ctx: Context,
  tx: EntityManager,
  audit: AuditRecorder,
  options: { organizationId: string | null; targets: readonly RemapTarget[]; dryRun: boolean; date: string },
): Promise<RemapResult> {
  const { organizationId, dryRun, date } = options;
  const { successorOf, renamed } = await successions(tx, date);
  const moves: Move[] = [];
  const targets = new Set(options.targets);

  if (targets.has(RemapTarget.INTERVENTION_AREA)) {
    const areas = await tx.find(
      InterventionArea,
      { ...(organizationId ? { organization: organizationId } : {}), province: { $in: [...successorOf.keys()] } },
      { populate: ['province', 'sector'], orderBy: { organization: 'asc', province: { key: 'asc' }, id: 'asc' } },
    );
    // An area on a unit whose successor kept its name is in the successor already.
    const existing = new Set(
      (await tx.find(InterventionArea, { organization: { $in: [...new Set(areas.map((a) => a.organization.id))] } })).map(
        (a) => `${a.organization.id}|${renamed.get(a.province.id) ?? a.province.id}|${a.sector?.id ?? ''}`,
      ),
    );
    for (const area of areas) {
      const from = area.province.getEntity();
      const to = successorOf.get(from.id)!;
      const key = `${area.organization.id}|${to.id}|${area.sector?.id ?? ''}`;
      const outcome = existing.has(key) ? 'MERGED' : 'MOVED';
      existing.add(key);
      moves.push({
        kind: RemapTarget.INTERVENTION_AREA, record: area, organizationId: area.organization.id, from, to,
        sector: area.sector?.getEntity() ?? null, outcome,
        apply: () => {
          if (outcome === 'MERGED') {
            audit.deleting(area);
            tx.remove(area);
          } else {
            audit.updating(area);
            (area as InterventionArea).province = tx.getReference(Province, to.id, { wrapped: true });
          }
        },
      });
    }
  }

  if (targets.has(RemapTarget.ORGANIZATION)) {
    const organizations = await tx.find(
      Organization,
      { ...(organizationId ? { id: organizationId } : {}), province: { $in: [...successorOf.keys()] } },
      { populate: ['province'], orderBy: { name: 'asc', id: 'asc' } },
    );
    for (const organization of organizations) moves.push(relocation(tx, audit, RemapTarget.ORGANIZATION, organization, organization.id, successorOf));
  }

  if (targets.has(RemapTarget.EVENT)) {
    const events = await tx.find(
      Event,
      { ...(organizationId ? { organizerLinks: { organization: organizationId } } : {}), province: { $in: [...successorOf.keys()] } },
      { populate: ['province'], orderBy: { startDate: { start: 'asc' }, id: 'asc' } },
    );
    // An event before the abolition took place in the old unit: that is history, not a stale record.
    for (const event of events.filter(heldAfterAbolition)) moves.push(relocation(tx, audit, RemapTarget.EVENT, event, null, successorOf));
  }

  const runId = moves.length && !dryRun ? randomUUID() : null;
  const changes = (await inRemapOrder(tx, moves)).map((move) => {
    if (runId) {
      move.apply();
      tx.create(AreaRemap, {
        runId, recordKind: move.kind, recordId: move.record.id,
        organization: move.organizationId ? tx.getReference(Organization, move.organizationId, { wrapped: true }) : undefined,
        fromProvince: move.from, toProvince: move.to, sectorKey: move.sector?.key, outcome: move.outcome, actor: ctx.viewer.subject,
      });
    }
    return changeOf(ctx, move);
  });
  return Object.assign(new RemapResult(), { dryRun, runId: runId && toGlobalId(RUN_TYPE, runId), changes });
}

/**
 * The order of a run's changes, the same for the remap's answer and for the changes recorded
 * (remapChangePages): by what was moved (intervention areas, organizations, events, as RemapTarget lists
 * them), then by name in Vietnamese order (the NGO of an area, the organization, the event's title), the
 * event's date, the abolished unit's name, the sector, and the record. SQL over the columns of a change.
 */
function remapOrder(c: { kind: string; organization: string; record: string; from: string; sector: string }): SortKey[] {
  const kinds = `array[${Object.values(RemapTarget).map((k) => `'${k}'`).join(', ')}]::text[]`;
  return [
    { sql: `array_position(${kinds}, ${c.kind}::text)`, direction: 'asc', numeric: true },
    {
      sql: `(coalesce((select o.name_sort from organization o where o.id = ${c.organization}), (select vietnamese_sort_key(e.title) from event e where e.id = ${c.record}), '') collate "C")`,
      direction: 'asc',
    },
    { sql: `coalesce((select e.start_date_start from event e where e.id = ${c.record}), '0001-01-01'::date)`, direction: 'asc' },
    { sql: `(select p.name_sort from province p where p.id = ${c.from})`, direction: 'asc' },
    { sql: `coalesce(${c.sector}, '')`, direction: 'asc' },
    { sql: `coalesce(${c.record}::text, '')`, direction: 'asc' },
  ];
}

/** The moves in remapOrder, read in one statement. */
async function inRemapOrder(tx: EntityManager, moves: Move[]): Promise<Move[]> {
  if (moves.length < 2) return moves;
  const order = remapOrder({ kind: 'm.kind', organization: 'm.organization_id', record: 'm.record_id', from: 'm.from_id', sector: 'm.sector' });
  const rows = await readSql<{ i: string }>(
    tx,
    `select m.i from unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) with ordinality as m(kind, organization_id, record_id, from_id, sector, i)
     order by ${order.map((key) => `${key.sql} ${key.direction}`).join(', ')}`,
    [moves.map((m) => m.kind), moves.map((m) => m.organizationId), moves.map((m) => m.record.id), moves.map((m) => m.from.id), moves.map((m) => m.sector?.key ?? null)],
  );
  return rows.map((r) => moves[Number(r.i) - 1]);
}

/** An event recorded on a unit that no longer existed when it started (only such an event is remapped). */
function heldAfterAbolition(event: Event): boolean {
  const lastDay = event.province?.getEntity().validUntil;
  return lastDay != null && event.startDate.start > lastDay;
}

/** The same test in SQL, for events aliased `alias`. */
export const eventAfterAbolitionSql = (alias: string) => `${alias}.start_date_start > (select p.valid_until from province p where p.id = ${alias}.province_id)`;

/** An organization or event moved to the successor of its province. */
function relocation(tx: EntityManager, audit: AuditRecorder, kind: RemapTarget, record: Organization | Event, organizationId: string | null, successorOf: Map<string, Province>): Move {
  const from = record.province!.getEntity();
  const to = successorOf.get(from.id)!;
  return {
    kind, record, organizationId, from, to, sector: null, outcome: 'MOVED',
    apply: () => {
      audit.updating(record);
      record.province = tx.getReference(Province, to.id, { wrapped: true });
    },
  };
}

/**
 * The successions of units abolished by `date`, in one statement: those to remap (see needsRemapSql), each
 * with the unit that took it over, and those whose successor kept the name (already remapped), each with
 * that successor's id.
 */
async function successions(tx: EntityManager, date: string): Promise<{ successorOf: Map<string, Province>; renamed: Map<string, string> }> {
  const rows = await readSql<{ id: string; successor_id: string; renamed: boolean }>(
    tx,
    `select p.id, p.successor_id, s.name_vi = p.name_vi as renamed from province p join province s on s.id = p.successor_id where p.valid_until < $1::date`,
    [date],
  );
  const moving = rows.filter((r) => !r.renamed);
  const units = new Map((await tx.find(Province, { id: { $in: moving.map((r) => r.successor_id) } })).map((p) => [p.id, p]));
  return {
    successorOf: new Map(moving.map((r) => [r.id, units.get(r.successor_id)!])),
    renamed: new Map(rows.filter((r) => r.renamed).map((r) => [r.id, r.successor_id])),
  };
}

function changeOf(ctx: Context, move: Move): AreaChange {
  const record = toGlobalId(RECORD_TYPE[move.kind], move.record.id);
  const change = Object.assign(new AreaChange(), { kind: move.kind, record, from: move.from, to: move.to, sector: move.sector, outcome: move.outcome });
  const { organizationId } = move;
  return withLazyFields(change, { organization: () => (organizationId ? ctx.loaders.byId(Organization).load(organizationId) : null) });
}

/** Runs are listed 20 a page unless asked otherwise (their `first` was a plain limit of 20). */
export const RUN_PAGE = 20;

/** The remap runs, newest first (or the one run `runId`): who ran each and when; their changes are paged apart (remapChangePages). */
export function remapRunPages(ctx: Context, args: ConnectionArgs, runId?: string): Promise<Page<RemapRun>> {
  return groupedRowPages(ctx.loaders, {
    name: `remap-runs:${runId ?? ''}`,
    rows: (params) =>
      `select run_id::text as __id, run_id, min(actor) as actor, min(created_at) as at from area_remap${runId ? ` where run_id = ${params.add(runId)}` : ''} group by run_id`,
    parent: false,
    sort: { sql: 'r.at', direction: 'desc' },
    page: pageRequest(args, RUN_PAGE),
    read: (r) => Object.assign(new RemapRun(), { id: toGlobalId(RUN_TYPE, String(r.run_id)), runId: String(r.run_id), actor: (r.actor as string | null) ?? null, at: new Date(r.at as string) }),
  }).load(ROOT);
}

/** The changes of many runs, one page each, in remapOrder (the order the remap answered them). */
export function remapChangePages(ctx: Context, args: ConnectionArgs) {
  const sort = remapOrder({ kind: 't.record_kind', organization: 't.organization_id', record: 't.record_id', from: 't.from_province_id', sector: 't.sector_key' });
  return groupedPages(ctx.loaders, { name: 'remap-changes:run', entity: AreaRemap, parent: 't.run_id', sort, page: pageRequest(args) });
}
