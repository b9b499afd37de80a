package org.upright.portal.security.access;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.portal.testing.TestAccounts;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Calls every public method of every service as each {@link Caller} and compares what happened
 * with access-matrix.csv next to this class. A method without a row fails and prints the row it
 * would need; so does a row whose method is gone. Every call runs in a transaction that is rolled
 * back, so the calls do not change what the next one sees.
 * <p>
 * {@code -Dupright.access-matrix.write=FILE} writes the table as observed (to review and copy over
 * the resource after adding methods).
 */
@SpringBootTest
class AccessMatrixTest {

    private static final Map<String, Map<Caller, Outcome>> OBSERVED = new TreeMap<>();
    private static AccessFixture fixture;

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    static List<Method> serviceMethods() {
        return ServiceMethods.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceMethods")
    void eachCallerIsAllowedOrDeniedAsTheTableSays(Method method) throws IOException {
        String signature = ServiceMethods.signature(method);
        Map<Caller, Outcome> observed = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            observed.put(caller, call(method, caller));
        }
        synchronized (OBSERVED) {
            OBSERVED.put(signature, observed);
        }
        Map<Caller, Outcome> expected = AccessTable.read().get(signature);
        if (expected == null) {
            fail("No row in " + AccessTable.RESOURCE + " for " + signature + "; as called now it would be:\n"
                    + AccessTable.line(signature, observed));
        }
        assertThat(observed).as("%s (expected, then observed)", signature).isEqualTo(expected);
    }

    @Test
    void everyRowNamesAServiceMethodThatExists() throws IOException {
        Set<String> methods = ServiceMethods.all().stream().map(ServiceMethods::signature).collect(Collectors.toSet());
        assertThat(AccessTable.read().keySet()).as("rows without a method").allMatch(methods::contains);
    }

    @Test
    void theTableCoversTheServicesOfEveryModule() {
        assertThat(ServiceMethods.all()).extracting(m -> m.getDeclaringClass().getPackageName().split("\\.")[2])
                .contains("accounts", "content", "tracker", "portal");
    }

    private Outcome call(Method method, Caller caller) {
        AccessFixture people = fixture();
        Object bean = context.getBean(method.getDeclaringClass());
        Object[] args = new Arguments(people).of(method);
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        try {
            people.signIn(caller);
            return rolledBack.execute(status -> {
                status.setRollbackOnly();
                try {
                    method.invoke(bean, args);
                    return Outcome.ALLOWED;
                } catch (InvocationTargetException e) {
                    return Outcome.of(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            // a failure while ending the transaction is still the call's outcome
            return Outcome.of(e);
        } finally {
            TestAccounts.signOut();
        }
    }

    private synchronized AccessFixture fixture() {
        if (fixture == null) {
            fixture = new AccessFixture(context);
        }
        return fixture;
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @AfterAll
    static void writeObservedTable() throws IOException {
        String file = System.getProperty("upright.access-matrix.write");
        if (file != null && !file.isBlank()) {
            AccessTable.write(Path.of(file), OBSERVED);
        }
    }
}
