/** Tables of the search area: the full-text index (on SQLite the FTS5 table is virtual and queried with sql``). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SearchTables {}
