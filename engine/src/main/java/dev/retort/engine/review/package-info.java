/**
 * The review of migrations before they run, for a pull request or a DBA: per revision and operation its
 * risk, the SQL for each database asked for and the table's estimated rows, written as Markdown or JSON.
 */
package dev.retort.engine.review;
