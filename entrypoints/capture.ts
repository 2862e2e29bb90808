import { snapshotFromDocument } from '@/shared/page/snapshot';

// Injected on click into the clerk's tab (and its frames). Returns plain JSON; no zod, no storage.
// The background may set globalThis.__zxSnapshotOptions first (e.g. { selectionOnly: true }).
export default defineUnlistedScript(() => {
  const opts = (globalThis as { __zxSnapshotOptions?: { selectionOnly?: boolean } }).__zxSnapshotOptions ?? {};
  return snapshotFromDocument(document, opts);
});
