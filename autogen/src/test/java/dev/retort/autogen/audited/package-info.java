/** Entities audited by Hibernate Envers, whose boot metadata adds their {@code _AUD} tables and {@code REVINFO}. */
package dev.retort.autogen.audited;
