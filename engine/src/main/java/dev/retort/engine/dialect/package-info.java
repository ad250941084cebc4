/**
 * One {@link dev.retort.engine.dialect.SqlDialect} per database: identifier quoting, type names in both
 * directions, DDL for every operation, and whether DDL is transactional.
 *
 * <p>Canonical names: a name the database folds when unquoted is held in lower case ({@code packages});
 * any other name is held exactly as the database stores it. Quoting maps the canonical name to the stored one
 * (H2 stores unquoted names in upper case), so quoted DDL and Hibernate's unquoted SQL meet.
 */
package dev.retort.engine.dialect;
