package org.anquan.systemtests;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A black-box test of the built EAR in the managed Payara, on the real MariaDB and Elasticsearch. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningStack.class)
@ExtendWith(ArquillianExtension.class)
public @interface SystemTest {
}
