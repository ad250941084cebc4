/**
 * Finding the classes Hibernate must read, on a real project's class path, without loading the rest.
 *
 * <p>Class files of the entity package are read as bytes with Jandex, the class-file indexer Hibernate's own
 * {@code hibernate-scan-jandex} uses (and already a dependency of Hibernate's model layer): an index tells
 * which classes carry {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or
 * {@code @Converter(autoApply = true)}, nested static ones included, and only those are loaded. A helper
 * class in the package that needs an optional library is never loaded, so it cannot stop the run.
 * {@code META-INF/persistence.xml} adds its listed classes and mapping files, {@code META-INF/orm.xml} is
 * handed to Hibernate, and a Spring Boot executable jar on the class path is expanded into a cache folder so
 * that its {@code BOOT-INF/classes} and {@code BOOT-INF/lib} jars load like any other entry.
 */
package dev.retort.autogen.discovery;
