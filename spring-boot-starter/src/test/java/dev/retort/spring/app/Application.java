package dev.retort.spring.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** The application's configuration: its package is where Spring Boot looks for entities. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class Application {}
