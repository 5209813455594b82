package scalemodels;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order in which the test classes start (src/test/resources/junit-platform.properties): the ones that take
 * longest first, so that two at a time the run does not end with one of them running alone; the rest by name.
 */
public final class LongestFirst implements ClassOrderer {
    /** Each took 10 s or more alone on the 2-core machine (VM processes, a jlink, app processes), longest first. */
    static final List<String> LONGEST = List.of("LogContractTest", "WindowLayoutTest", "DistributionTest",
            "MainWindowTest", "LifecycleTest", "VmClassDataTest", "RunViewModelTest", "ProcessRunTest");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparingInt((org.junit.jupiter.api.ClassDescriptor d) -> rank(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static int rank(Class<?> testClass) {
        int place = LONGEST.indexOf(testClass.getSimpleName());
        return place < 0 ? LONGEST.size() : place;
    }
}
