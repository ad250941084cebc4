/** Tests of the auto-configuration, with {@code ApplicationContextRunner}. */
package dev.retort.spring;
