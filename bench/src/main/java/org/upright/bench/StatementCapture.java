package org.upright.bench;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the SQL and the bound parameters of every statement the application runs, but only while
 * {@link #capture} is on: measured calls get the pool's plain connections, untouched. Used to replay
 * each statement of a case under {@code EXPLAIN (ANALYZE, BUFFERS)}.
 */
final class StatementCapture implements BeanPostProcessor {

    /** One executed statement: its SQL (with ? placeholders) and the setter calls that bound it, in order. */
    record Captured(String sql, List<Binding> bindings) {
    }

    record Binding(Method setter, Object[] args) {
        int index() {
            return (Integer) args[0];
        }

        Object value() {
            return setter.getName().equals("setNull") ? null : args[1];
        }
    }

    private volatile boolean on;
    private final List<Captured> captured = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof CapturingDataSource)) {
            return new CapturingDataSource(ds);
        }
        return bean;
    }

    synchronized List<Captured> capture(Runnable call) {
        captured.clear();
        on = true;
        try {
            call.run();
        } finally {
            on = false;
        }
        return List.copyOf(captured);
    }

    private synchronized void add(Captured c) {
        captured.add(c);
    }

    private final class CapturingDataSource extends DelegatingDataSource {
        CapturingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = super.getConnection();
            return on ? wrap(c) : c;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Connection c = super.getConnection(username, password);
            return on ? wrap(c) : c;
        }
    }

    private Connection wrap(Connection target) {
        InvocationHandler h = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                return statement(ps, (String) args[0]);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private PreparedStatement statement(PreparedStatement target, String sql) {
        List<Binding> bindings = new ArrayList<>();
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                add(new Captured(sql, List.copyOf(bindings)));
            }
            return invoke(target, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
