package scalemodels.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX class driving the real window ({@link WindowFixture}). TestFX has one primary stage, so the window classes
 * run one after another on the test run's own thread, while the other classes run beside them
 * (src/test/resources/junit-platform.properties).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ApplicationExtension.class)
@Execution(ExecutionMode.SAME_THREAD)
@interface WindowTest {
}
