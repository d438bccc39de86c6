import type { FieldCondition, Filter, FindOptions, Scalar } from './store';

/** A filter or ordering compiled to SQL over a `doc` JSON column, with its bound parameters. */
export interface CompiledSql {
  sql: string;
  params: unknown[];
}

/** Dotted paths; a numeric segment is an array position (`upline.1`), as in MongoDB / CloudBase dot notation. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|\d+))*$/;

export function fieldExpression(field: string): string {
  // Field names are code, never user input; refusing odd names keeps them out of the SQL text entirely.
  if (!FIELD_NAME.test(field)) throw new Error(`invalid field name: ${field}`);
  if (field === '_id') return 'id';
  // The same text in a query and in CREATE INDEX, so SQLite uses the expression index (e.g. level-2 team by upline.1).
  return `json_extract(doc, '$.${field.replace(/\.(\d+)/g, '[$1]')}')`;
}

/** better-sqlite3 cannot bind booleans; JSON stores them as 1/0 for json_extract. */
function bindable(value: Scalar | number | string): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

function compileCondition(field: string, condition: FieldCondition, params: unknown[]): string {
  const column = fieldExpression(field);
  if (condition === null) return `${column} IS NULL`;
  if (typeof condition !== 'object') {
    params.push(bindable(condition));
    return `${column} = ?`;
  }
  if ('$in' in condition) {
    if (condition.$in.length === 0) return '0';
    params.push(...condition.$in.map(bindable));
    return `${column} IN (${condition.$in.map(() => '?').join(', ')})`;
  }
  if ('$has' in condition) {
    if (field === '_id') throw new Error('_id is not an array');
    const value = condition.$has;
    const exists = `EXISTS (SELECT 1 FROM json_each(doc, '$.${field}') WHERE value = ?)`;
    // SQLite has no multikey index: every row is looked at. The element's JSON text must occur in the stored text
    // (documents are written with JSON.stringify), and instr rules out most rows before json_each parses any.
    if (typeof value === 'string' || typeof value === 'number') {
      params.push(JSON.stringify(value), value);
      return `(instr(doc, ?) > 0 AND ${exists})`;
    }
    params.push(bindable(value));
    return exists;
  }
  if ('$ne' in condition) {
    if (condition.$ne === null) return `${column} IS NOT NULL`;
    params.push(bindable(condition.$ne));
    return `(${column} IS NULL OR ${column} <> ?)`;
  }
  const parts: string[] = [];
  const operators = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const;
  for (const [op, sqlOp] of Object.entries(operators)) {
    const value = (condition as Record<string, number | string | undefined>)[op];
    if (value === undefined) continue;
    params.push(value);
    parts.push(`${column} ${sqlOp} ?`);
  }
  if (parts.length === 0) throw new Error(`empty condition on ${field}`);
  return parts.join(' AND ');
}

export function compileWhere(filter: Filter): CompiledSql {
  const params: unknown[] = [];
  const clauses = Object.entries(filter).map(([field, condition]) => compileCondition(field, condition, params));
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function compileOrderBy(orderBy: FindOptions['orderBy']): string {
  if (!orderBy || orderBy.length === 0) return 'ORDER BY id';
  return 'ORDER BY ' + orderBy.map((o) => `${fieldExpression(o.field)} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`).concat('id').join(', ');
}
