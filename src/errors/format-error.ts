import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../log/logger.js';
import { classifyDatabaseError } from './database-errors.js';
import { ErrorCode } from './errors.js';

/** Codes produced by Apollo and graphql-js for a request the client got wrong; safe to pass through. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * graphql-js and Apollo refuse some requests with a bare GraphQLError: no code, no wrapped error and no
 * field path (a persisted-query hash that does not match, an unsupported persisted-query version, a
 * subscription over HTTP). Nothing of ours ran, so the client's request is at fault.
 */
const isRequestRefusal = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && error.extensions.code === undefined && !error.originalError && !error.path;

/**
 * Date arithmetic on an argument beyond what a Date can hold (`registrationAlerts(withinDays: 2147483647)`
 * lands past the year 275760): every date this service computes starts from an argument or a stored, valid
 * date, so an invalid one means an argument out of range. Resolvers should refuse such arguments by name;
 * this keeps one they miss from becoming an internal error.
 */
function dateArithmeticFailure(error: unknown) {
  if (!(error instanceof RangeError) || error.message !== 'Invalid time value') return undefined;
  return { code: ErrorCode.BAD_USER_INPUT, message: 'A date computed from the arguments is out of range', reason: 'RangeError' };
}

/** class-validator's report of one property, as type-graphql hands it on. */
interface ValidationProblem {
  property: string;
  target?: object;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

/** The problems of type-graphql's "Argument Validation Error" as the API's `fields` (`input.website`), nested inputs by their path. */
function validationFields(problems: readonly ValidationProblem[], prefix: string): { field: string; message: string }[] {
  return problems.flatMap((problem) => {
    const field = `${prefix}${problem.property}`;
    const own = Object.values(problem.constraints ?? {}).map((message) => ({ field, message: message.replace(new RegExp(`^${problem.property} `), '') }));
    return [...own, ...validationFields(problem.children ?? [], `${field}.`)];
  });
}

/**
 * An argument refused by its class-validator rules, in the shape of every other BAD_USER_INPUT: a message
 * naming the fields and `extensions.fields` (never the raw report, whose `target` echoes the whole input).
 * An input object is checked as the `input` argument every mutation takes; argument classes field by field.
 */
function argumentValidationError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const problems = formatted.extensions?.validationErrors as ValidationProblem[] | undefined;
  if (!Array.isArray(problems)) return undefined;
  const prefix = problems[0]?.target?.constructor.name.endsWith('Input') ? 'input.' : '';
  const fields = validationFields(problems, prefix);
  const message = fields.length ? `Invalid ${[...new Set(fields.map((f) => f.field))].join(', ')}: ${fields.map((f) => f.message).join('; ')}` : 'Invalid arguments';
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT, fields } };
}

/**
 * Every error leaves through here: known client errors keep their code and message; database failures
 * caused by an argument (SQLSTATE class 22) become BAD_USER_INPUT and an unreachable database
 * SERVICE_UNAVAILABLE (legacy-status.ts then sets HTTP 503 and Retry-After when the whole operation failed on
 * it); anything else becomes INTERNAL_SERVER_ERROR with a generic message (logged in full, never sent)
 * unless in development.
 */
export function createErrorFormatter(logger: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refusedArgument = argumentValidationError(formatted);
    if (refusedArgument) return refusedArgument;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: exposeInternals ? formatted.extensions : extensions };
    }
    if (isRequestRefusal(error)) {
      return { message: error.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    const original = unwrapResolverError(error);
    const failure = classifyDatabaseError(original) ?? dateArithmeticFailure(original);
    if (failure) {
      // The original (with its SQLSTATE, the database's own message and stack) stays in the log only.
      const log = failure.code === ErrorCode.BAD_USER_INPUT ? logger.info.bind(logger) : logger.warn.bind(logger);
      log({ err: original, code: failure.code, reason: failure.reason, path: formatted.path }, 'database error answered as a client code');
      return { message: failure.message, locations: formatted.locations, path: formatted.path, extensions: { code: failure.code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while executing an operation');
    return {
      message: exposeInternals && original instanceof Error ? original.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
