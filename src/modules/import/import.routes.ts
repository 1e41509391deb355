import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { RouteContext } from '../../domain-module.js';
import { AppError, badUserInput, ErrorCode, forbidden, unauthenticated } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { answerRefusal } from '../../http/route-errors.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { write, type AuditRecorder } from '../../writes/write.js';
import { writableEvent } from '../event/event.mutations.js';
import { Organization } from '../organization/organization.entity.js';
import { assertMayWrite } from '../organization/organization.rights.js';
import { applyAidRecords, applyInterventionAreas, NGO_FIELDS, planAidRecords, planInterventionAreas } from './import.ngo.js';
import { applyParticipations, PARTICIPATION_FIELDS, planParticipations } from './import.participations.js';
import { applyPartnerships, PARTNERSHIP_FIELDS, planPartnerships } from './import.partnerships.js';
import { applyRoster, planRoster } from './import.roster.js';
import { readSheet, type SheetRow } from './import.sheet.js';
import type { ImportFile, ImportProblem } from './import.table.js';
import { IMPORT_FIELDS } from './import.values.js';

/** The largest file an import reads. */
export const MAX_IMPORT_BYTES = 2_000_000;

const WRITER = { SECRETARIAT: 'the Union’s secretariat', ASSOCIATION_EDITOR: 'an editor of the organization' } as Record<string, string>;

interface Options<F extends string> {
  dryRun: boolean;
  exclude: Set<number>;
  mapping: Partial<Record<F, string>>;
}

function optionsOf<F extends string>(req: Request, fields: readonly F[]): Options<F> {
  const dryRun = req.query.dryRun;
  if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw badUserInput('dryRun must be true or false', [{ field: 'dryRun', message: 'true or false' }]);
  const exclude = new Set<number>();
  const given = typeof req.query.exclude === 'string' ? req.query.exclude : '';
  for (const part of given.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (!/^\d{1,6}$/.test(part)) throw badUserInput('exclude lists row numbers, separated by commas (exclude=5,12)', [{ field: 'exclude', message: `“${part}” is not a row number` }]);
    exclude.add(Number(part));
  }
  const mapping: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const header = req.query[`column.${field}`];
    if (typeof header === 'string' && header.trim()) mapping[field] = header.trim();
  }
  return { dryRun: dryRun !== 'false', exclude, mapping };
}

/** An import is a write: the public must sign in and readers may not, also for a dry run. */
function assertImporter(ctx: Context): void {
  if (ctx.viewer.role === 'PUBLIC') throw unauthenticated();
  if (ctx.viewer.role === 'READER') throw forbidden('Readers may not import');
}

/** What every planner returns. */
interface Plan {
  file: ImportFile;
  rows: { row: number; action: string }[];
  problems: ImportProblem[];
  newPersons: Map<string, { name: string }>;
}

/** One kind of import: what it imports into, checked for the caller's rights, and how to plan and write a file. */
interface ImportKind<T, P extends Plan, F extends string> {
  path: string;
  fields: readonly F[];
  /** The record the file is imported into (the `:id` of the path, if it has one), or NOT_FOUND / FORBIDDEN. */
  target(ctx: Context, em: EntityManager, id: string): Promise<T>;
  describe(target: T): { id: string | null; name: string };
  plan(em: EntityManager, ctx: Context, target: T, sheet: SheetRow[], bytes: Buffer, options: Options<F>): Promise<P>;
  apply(tx: EntityManager, audit: AuditRecorder, target: T, plan: P, citation: string): { persons: number; created: number; updated: number };
}

function report(ctx: Context, into: { id: string | null; name: string }, plan: Plan, dryRun: boolean, written: { persons: number; created: number; updated: number } | null) {
  const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
  return {
    import: { id: ctx.requestId, dryRun, written: written !== null, into, file: plan.file },
    summary: {
      rows: plan.rows.length, create: count('CREATE'), update: count('UPDATE'), unchanged: count('UNCHANGED'), invalid: count('INVALID'), excluded: count('EXCLUDED'),
      newPersons: [...plan.newPersons.values()].map((p) => p.name),
    },
    problems: plan.problems,
    rows: plan.rows,
  };
}

const NDJSON = 'application/x-ndjson';

/**
 * How an import answers: one JSON report, or, for a client that accepts only `application/x-ndjson` (a
 * large file), a line per stage as it is reached (`{"progress":{"stage":"READ","rows":4800}}`: RECEIVED,
 * READ, PLANNED, WRITING) and the report as the last line, where a refusal after the first line comes as
 * the report's `errors` (the status, 200, is sent with the first line).
 */
function answerOf(req: Request, res: Response) {
  const streamed = req.accepts(['application/json', NDJSON]) === NDJSON && !req.accepts('application/json', 'text/html');
  return {
    progress(progress: Record<string, unknown>) {
      if (!streamed) return;
      if (!res.headersSent) res.status(200).type(NDJSON);
      res.write(`${JSON.stringify({ progress })}\n`);
    },
    end(status: number, body: unknown) {
      if (streamed) return void res.end(`${JSON.stringify(body)}\n`);
      res.status(status).json(body);
    },
  };
}

/** A failure after the progress lines began: the last line says so, with the code the JSON answer would have had. */
function streamedFailure(res: Response, error: unknown) {
  const code = error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined;
  if (!code) res.req.log?.error({ err: error }, 'import failed after its progress began');
  const message = code ? (error as GraphQLError).message : 'The import failed; nothing was written';
  res.end(`${JSON.stringify({ errors: [{ message, extensions: { code: code ?? ErrorCode.INTERNAL_SERVER_ERROR } }] })}\n`);
}

/**
 * An import route: the file is the request body (CSV or XLSX). `dryRun=true` (the default) says what each
 * row would do and every problem with its row and column, writing nothing; `dryRun=false` writes it all in
 * one transaction through the write door, or nothing while a row has a problem (unless that row is
 * excluded with `exclude=<rows>`). The same file imported twice changes nothing the second time.
 */
function importRoute<T, P extends Plan, F extends string>(router: Router, http: RouteContext, kind: ImportKind<T, P, F>): void {
  router.post(
    kind.path,
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = await http.contextOf(req, res);
        const options = optionsOf(req, kind.fields);
        assertImporter(ctx);
        const target = await kind.target(ctx, ctx.em, String(req.params.id));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!bytes.length) throw badUserInput('Send the file as the request body (CSV or XLSX)', [{ field: 'body', message: 'empty' }]);
        const answer = answerOf(req, res);
        answer.progress({ stage: 'RECEIVED', bytes: bytes.length });
        const sheet = await readSheet(bytes);
        answer.progress({ stage: 'READ', rows: Math.max(0, sheet.length - 1) });
        const plan = await kind.plan(ctx.em, ctx, target, sheet, bytes, options);
        answer.progress({ stage: 'PLANNED', rows: plan.rows.length, problems: plan.problems.length });
        if (options.dryRun) return answer.end(200, report(ctx, kind.describe(target), plan, true, null));
        if (plan.problems.length) {
          const rows = [...new Set(plan.problems.map((p) => p.row))];
          return answer.end(400, {
            errors: [{ message: `${rows.length} row(s) have problems, so nothing was written: correct them, or import without them (exclude=${rows.join(',')})`, extensions: { code: ErrorCode.BAD_USER_INPUT } }],
            ...report(ctx, kind.describe(target), plan, false, null),
          });
        }
        answer.progress({ stage: 'WRITING', rows: plan.rows.filter((r) => r.action === 'CREATE' || r.action === 'UPDATE').length });
        const citation = `imported from a spreadsheet through the Amity API by ${WRITER[ctx.viewer.role] ?? 'an authorised writer'} (import ${ctx.requestId})`;
        const outcome = await write(ctx, async (tx, audit) => {
          // Read again inside the transaction: what was planned must still hold when it is written.
          const current = await kind.target(ctx, tx, String(req.params.id));
          const again = await kind.plan(tx, ctx, current, sheet, bytes, options);
          if (again.problems.length) throw badUserInput('The directory changed while the file was being imported: run the dry run again');
          return { plan: again, written: kind.apply(tx, audit, current, again, citation) };
        });
        answer.end(200, report(ctx, kind.describe(target), outcome.plan, false, outcome.written));
      } catch (error) {
        if (res.headersSent) return void streamedFailure(res, error);
        if (!answerRefusal(res, error)) next(error);
      }
    },
    // The body parser's refusals (too large) as the API's.
    (error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (error?.type === 'entity.too.large') return void res.status(413).json({ errors: [{ message: `The file is larger than ${MAX_IMPORT_BYTES} bytes: split it`, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
      next(error);
    },
  );
}

/** The organization of an import's path, if the caller may write for it (the secretariat, or an editor of it or its parent). */
async function writableOrganization(ctx: Context, em: EntityManager, id: string): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: expectGlobalId(id, 'Organization') });
  if (!organization) throw new AppError(ErrorCode.NOT_FOUND, `Organization ${JSON.stringify(id)} does not exist`);
  assertMayWrite(ctx, organization);
  return organization;
}

/**
 * `POST /import/organizations/<Organization ID>/roster`: a roster (persons with their posts) into an
 * organization, by its writers (the secretariat, or an editor of it or its parent).
 * `POST /import/events/<Event ID>/participations`: invitations and attendance of an event, by the writers
 * of every organizer (the secretariat's for an event without one).
 * `POST /import/organizations/<Organization ID>/partnerships`: its partners, by the same writers as a roster.
 * `POST /import/ngos/aid-records` and `/import/ngos/intervention-areas`: the secretariat's sheets of NGOs.
 */
export function importRouter(_orm: MikroORM, http: RouteContext): Router {
  const router = express.Router();
  importRoute(router, http, {
    path: '/import/organizations/:id/roster',
    fields: IMPORT_FIELDS,
    target: writableOrganization,
    describe: (organization) => ({ id: organization.globalId, name: organization.name }),
    plan: planRoster,
    apply: applyRoster,
  });
  importRoute(router, http, {
    path: '/import/organizations/:id/partnerships',
    fields: PARTNERSHIP_FIELDS,
    target: writableOrganization,
    describe: (organization) => ({ id: organization.globalId, name: organization.name }),
    plan: planPartnerships,
    apply: applyPartnerships,
  });
  // The secretariat keeps the NGOs' records (as the NGO mutations): one sheet for many NGOs, each row naming its NGO.
  for (const [path, name, plan, apply] of [
    ['/import/ngos/aid-records', 'foreign NGOs’ aid', planAidRecords, applyAidRecords],
    ['/import/ngos/intervention-areas', 'foreign NGOs’ intervention areas', planInterventionAreas, applyInterventionAreas],
  ] as const) {
    importRoute(router, http, {
      path,
      fields: NGO_FIELDS,
      async target(ctx) {
        if (ctx.viewer.role !== 'SECRETARIAT') throw forbidden('Only the secretariat keeps the records of foreign NGOs');
        return null;
      },
      describe: () => ({ id: null, name }),
      plan,
      apply,
    });
  }
  importRoute(router, http, {
    path: '/import/events/:id/participations',
    fields: PARTICIPATION_FIELDS,
    target: (ctx, em, id) => writableEvent(ctx, em, id),
    describe: (event) => ({ id: event.globalId, name: event.title }),
    plan: planParticipations,
    apply: applyParticipations,
  });
  return router;
}
