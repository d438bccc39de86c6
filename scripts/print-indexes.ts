/** Prints the CloudBase indexes to create (docs/deploy.md step 5), from the one list the embedded adapter uses. */
import { INDEXED_FIELDS } from '../cloudfunctions/shared/store/collections';

for (const [collection, indexes] of Object.entries(INDEXED_FIELDS)) {
  for (const fields of indexes ?? []) console.log(`${collection.padEnd(20)} ${fields.map((f) => `${f} 升序`).join(' + ')}`);
}
