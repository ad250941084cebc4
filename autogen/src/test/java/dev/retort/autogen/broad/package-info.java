/** A test model that uses every mapping shape autogenerate must read the way Hibernate exports it. */
package dev.retort.autogen.broad;
