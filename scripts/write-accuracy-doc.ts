// Writes docs/accuracy.md from the scenarios' `accuracy` blocks (`npm run docs:accuracy`).
import { writeFile } from 'node:fs/promises';
import { ACCURACY_DOC, accuracyDocText } from './accuracy-doc';

await writeFile(ACCURACY_DOC, await accuracyDocText());
console.log(`wrote ${ACCURACY_DOC}`);
