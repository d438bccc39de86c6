const TABLE_NAME = /^[a-z_]+$/;

/** The SQLite table holding a collection; names are code constants, checked so they never carry SQL. */
export function sqliteTable(collection: string): string {
  if (!TABLE_NAME.test(collection)) throw new Error(`invalid collection name: ${collection}`);
  return `"c_${collection}"`;
}
