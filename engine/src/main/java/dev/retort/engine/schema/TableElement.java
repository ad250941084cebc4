package dev.retort.engine.schema;

/** Anything that can be listed in a table definition: columns, keys, constraints and indexes. */
public sealed interface TableElement
    permits ColumnDef, PrimaryKeyDef, UniqueDef, IndexDef, ForeignKeyDef, CheckDef, TableComment {}
