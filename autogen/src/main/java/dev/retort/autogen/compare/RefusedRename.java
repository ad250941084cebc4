package dev.retort.autogen.compare;

/**
 * A confirmed rename the comparator could not make, so it made nothing of it: the old name is not in the
 * database, the new one not in the entities, or the new one is taken already.
 *
 * @param rename the rename as confirmed: {@code table.column=newcolumn} or {@code oldtable=newtable}
 * @param reason why it cannot be made, e.g. {@code the database has no table langs}
 */
public record RefusedRename(String rename, String reason) {}
