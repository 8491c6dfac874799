/**
 * Every string argument is bounded before any resolver runs: names, ids, dates, search text and
 * cursors, wherever they appear (field arguments and input object fields, literal or variable).
 * An argument over its limit is BAD_USER_INPUT naming the argument and the limit, so no request
 * can make name folding, lexicon lookup or suggestions work through megabytes of text.
 * Strings within the limit are normalised to Unicode NFC, as article texts are on the way in,
 * so a name typed in NFD ("Pjo\u0308ngjang") finds what the NFC spelling finds.
 */
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLFieldResolver,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { userInputError } from './input';

/** Characters (UTF-16 code units) an argument may hold, by kind. */
export const STRING_LIMITS = {
  /** Names and ids: the longest canonical name or alias in the lexicon is far below this. */
  name: 200,
  /** Full-text search text. */
  text: 200,
  /** An opaque cursor as the API hands them out. */
  cursor: 512,
  /** An ISO date. */
  date: 32,
} as const;

type LimitKind = keyof typeof STRING_LIMITS;

/** The kind of an argument by its name (or input field name); anything else is a name. */
function kindOf(name: string): LimitKind {
  if (name === 'after' || name === 'before') return 'cursor';
  if (name === 'text') return 'text';
  if (/^(reportedAfter|reportedBefore|from|to)$/.test(name)) return 'date';
  return 'name';
}

function check(value: unknown, type: GraphQLInputType, path: string, kind: LimitKind, coordinate: string): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return check(value, type.ofType, path, kind, coordinate);
  if (isListType(type)) return Array.isArray(value) ? value.map((v, i) => check(v, type.ofType, `${path}[${i}]`, kind, coordinate)) : value;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      out[key] = fields[key] ? check(v, fields[key].type, `${path}.${key}`, kindOf(key), coordinate) : v;
    }
    return out;
  }
  if (isScalarType(type) && typeof value === 'string') {
    const limit = STRING_LIMITS[kind];
    if (value.length > limit) {
      const error = userInputError(
        `Argument "${path}" of ${coordinate} is ${value.length} characters long; the limit is ${limit} characters.`,
      );
      Object.assign(error.extensions, { argument: path, limit });
      throw error;
    }
    return value.normalize('NFC');
  }
  return value;
}

/** Wraps every resolver of a field with arguments so its string arguments are checked first. */
export function boundStringArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const stringArgs = field.args.filter((a) => {
        const named = getNamedType(a.type);
        return isInputObjectType(named) || named.name === 'String' || named.name === 'ID';
      });
      if (stringArgs.length === 0) continue;
      // `from`/`to` are dates on timeline but actor names on exchange.
      const kinds = new Map(stringArgs.map((a) => [a.name, type.name === 'Query' && field.name === 'exchange' ? ('name' as const) : kindOf(a.name)]));
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        const checked: Record<string, unknown> = { ...args };
        for (const arg of stringArgs) checked[arg.name] = check(args[arg.name], arg.type, arg.name, kinds.get(arg.name)!, coordinate);
        return resolve(source, checked, context, info);
      };
    }
  }
  return schema;
}
