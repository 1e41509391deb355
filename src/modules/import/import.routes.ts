import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { RouteContext } from '../../domain-module.js';
import { AppError, badUserInput, ErrorCode, forbidden, unauthenticated } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { answerRefusal } from '../../http/route-errors.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { write } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { assertMayWrite } from '../organization/organization.rights.js';
import { applyRoster, planRoster, type RosterPlan } from './import.roster.js';
import { readSheet } from './import.sheet.js';
import { IMPORT_FIELDS, type ImportField } from './import.values.js';

/** The largest file an import reads. */
export const MAX_IMPORT_BYTES = 2_000_000;

const WRITER = { SECRETARIAT: 'the Union’s secretariat', ASSOCIATION_EDITOR: 'an editor of the organization' } as Record<string, string>;

function optionsOf(req: Request): { dryRun: boolean; exclude: Set<number>; mapping: Partial<Record<ImportField, string>> } {
  const dryRun = req.query.dryRun;
  if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw badUserInput('dryRun must be true or false', [{ field: 'dryRun', message: 'true or false' }]);
  const exclude = new Set<number>();
  const given = typeof req.query.exclude === 'string' ? req.query.exclude : '';
  for (const part of given.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (!/^\d{1,6}$/.test(part)) throw badUserInput('exclude lists row numbers, separated by commas (exclude=5,12)', [{ field: 'exclude', message: `“${part}” is not a row number` }]);
    exclude.add(Number(part));
  }
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const header = req.query[`column.${field}`];
    if (typeof header === 'string' && header.trim()) mapping[field] = header.trim();
  }
  return { dryRun: dryRun !== 'false', exclude, mapping };
}

/** An import is a write: the same callers as the mutations, also for a dry run. */
async function importer(ctx: Context, organizationId: string): Promise<Organization> {
  if (ctx.viewer.role === 'PUBLIC') throw unauthenticated();
  if (ctx.viewer.role === 'READER') throw forbidden('Readers may not import');
  const organization = await ctx.em.findOne(Organization, { id: expectGlobalId(organizationId, 'Organization') });
  if (!organization) throw new AppError(ErrorCode.NOT_FOUND, `Organization ${JSON.stringify(organizationId)} does not exist`);
  assertMayWrite(ctx, organization);
  return organization;
}

function report(ctx: Context, organization: Organization, plan: RosterPlan, dryRun: boolean, written: { persons: number; created: number; updated: number } | null) {
  const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
  return {
    import: { id: ctx.requestId, dryRun, written: written !== null, organization: { id: organization.globalId, name: organization.name }, file: plan.file },
    summary: {
      rows: plan.rows.length, create: count('CREATE'), update: count('UPDATE'), unchanged: count('UNCHANGED'), invalid: count('INVALID'), excluded: count('EXCLUDED'),
      newPersons: [...plan.newPersons.values()].map((p) => p.name),
    },
    problems: plan.problems,
    rows: plan.rows,
  };
}

/**
 * `POST /import/organizations/<Organization ID>/roster`: a roster spreadsheet (CSV or XLSX, the file as the
 * request body) brought into the organization's posts. `dryRun=true` (the default) says what would be
 * created, updated or left alone and every problem with its row and column, writing nothing;
 * `dryRun=false` writes it all in one transaction, or nothing while a row has a problem (unless that row is
 * excluded with `exclude=<rows>`). The same file imported twice changes nothing the second time.
 */
export function importRouter(_orm: MikroORM, http: RouteContext): Router {
  const router = express.Router();
  router.post(
    '/import/organizations/:id/roster',
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const ctx = await http.contextOf(req);
        const options = optionsOf(req);
        const organization = await importer(ctx, String(req.params.id));
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (!bytes.length) throw badUserInput('Send the roster file as the request body (CSV or XLSX)', [{ field: 'body', message: 'empty' }]);
        const sheet = await readSheet(bytes);
        const plan = await planRoster(ctx.em, ctx, organization, sheet, bytes, options);
        const blocking = plan.problems.length > 0;
        if (options.dryRun || blocking) {
          const body = report(ctx, organization, plan, options.dryRun, null);
          if (options.dryRun) return void res.status(200).json(body);
          const rows = [...new Set(plan.problems.map((p) => p.row))];
          return void res.status(400).json({
            errors: [{ message: `${rows.length} row(s) have problems, so nothing was written: correct them, or import without them (exclude=${rows.join(',')})`, extensions: { code: ErrorCode.BAD_USER_INPUT } }],
            ...body,
          });
        }
        const citation = `imported from a roster spreadsheet through the Amity API by ${WRITER[ctx.viewer.role] ?? 'an authorised writer'} (import ${ctx.requestId})`;
        const outcome = await write(ctx, async (tx, audit) => {
          // Read again inside the transaction: what was planned must still hold when it is written.
          const current = await tx.findOneOrFail(Organization, organization.id);
          const again = await planRoster(tx, ctx, current, sheet, bytes, options);
          if (again.problems.length) throw badUserInput('The directory changed while the file was being imported: run the dry run again');
          return { plan: again, written: applyRoster(tx, audit, current, again, citation) };
        });
        res.status(200).json(report(ctx, organization, outcome.plan, false, outcome.written));
      } catch (error) {
        if (!answerRefusal(res, error)) next(error);
      }
    },
    // The body parser's refusals (too large) as the API's.
    (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
      if (error?.type === 'entity.too.large') return void res.status(413).json({ errors: [{ message: `The file is larger than ${MAX_IMPORT_BYTES} bytes: split it`, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
      next(error);
    },
  );
  return router;
}
