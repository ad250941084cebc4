/** Every entity here is soft-deleted: Hibernate adds the flag column from the package's annotation. */
@SoftDelete
package dev.retort.autogen.entity.packageinfo.annotated;

import org.hibernate.annotations.SoftDelete;
