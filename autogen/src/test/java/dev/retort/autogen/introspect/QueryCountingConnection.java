package dev.retort.autogen.introspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection that counts the queries sent through it: every {@code execute*} call on its statements and
 * every {@link DatabaseMetaData} call that answers with a result set (each is a query behind the scenes).
 */
final class QueryCountingConnection {
  private final AtomicInteger queries = new AtomicInteger();
  private final Connection connection;

  QueryCountingConnection(Connection target) {
    this.connection = proxy(Connection.class, target, (method, result) -> {
      if (result instanceof CallableStatement s) {
        return proxy(CallableStatement.class, s, this::countExecute);
      }
      if (result instanceof PreparedStatement s) {
        return proxy(PreparedStatement.class, s, this::countExecute);
      }
      if (result instanceof Statement s) {
        return proxy(Statement.class, s, this::countExecute);
      }
      if (result instanceof DatabaseMetaData m) {
        return proxy(DatabaseMetaData.class, m, (call, answer) -> {
          if (answer instanceof ResultSet) {
            queries.incrementAndGet();
          }
          return answer;
        });
      }
      return result;
    });
  }

  Connection connection() {
    return connection;
  }

  int queries() {
    return queries.get();
  }

  private Object countExecute(Method method, Object result) {
    if (method.getName().startsWith("execute")) {
      queries.incrementAndGet();
    }
    return result;
  }

  /** What a proxy does with the result of each call on its target. */
  private interface ResultWrapper {
    Object wrap(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, ResultWrapper wrapper) {
    InvocationHandler handler = (proxy, method, args) -> {
      try {
        return wrapper.wrap(method, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
