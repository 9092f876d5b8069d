export const SNAPSHOT_FILE = new URL("../../.tmp/pglite-migrated.tar", import.meta.url);
