package dev.retort.cli;

import dev.retort.engine.runtime.StopRequest;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * While a run applies migrations, SIGINT and SIGTERM ask it to stop after the statement that is running, so
 * that the database is left where the message says; a second signal ends the process at once. Signals are
 * caught through {@code sun.misc.Signal}, which the JDK keeps for this (module jdk.unsupported), reached
 * reflectively so that the build stays free of warnings; where it is missing the JVM's own handling stays.
 */
final class StopOnSignal implements AutoCloseable {
  private static final List<String> SIGNALS = List.of("INT", "TERM");

  private final List<Object[]> previous = new ArrayList<>();
  private Method handle;

  private StopOnSignal() {}

  static StopOnSignal install(StopRequest stop, PrintWriter err) {
    StopOnSignal installed = new StopOnSignal();
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
      Constructor<?> newSignal = signalClass.getConstructor(String.class);
      installed.handle = signalClass.getMethod("handle", signalClass, handlerClass);
      for (String name : SIGNALS) {
        Object signal = newSignal.newInstance(name);
        Object handler = Proxy.newProxyInstance(StopOnSignal.class.getClassLoader(), new Class<?>[] {handlerClass},
            (proxy, method, args) -> {
              if (method.getName().equals("handle")) {
                onSignal(stop, err, name);
                return null;
              }
              return method.invoke(stop, args);
            });
        installed.previous.add(new Object[] {signal, installed.handle.invoke(null, signal, handler)});
      }
    } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
      // no way to catch signals here: the JVM ends the run on a signal, and the database keeps its record
    }
    return installed;
  }

  private static void onSignal(StopRequest stop, PrintWriter err, String name) {
    if (stop.requested()) {
      err.println("SIG" + name + " again: stopping at once.");
      err.flush();
      System.exit(name.equals("INT") ? 130 : 143);
    }
    stop.request("SIG" + name);
    err.println("SIG" + name + ": stopping after the statement that is running (send it again to stop at once).");
    err.flush();
  }

  @Override
  public void close() {
    for (Object[] signalAndHandler : previous) {
      try {
        handle.invoke(null, signalAndHandler[0], signalAndHandler[1]);
      } catch (IllegalAccessException | InvocationTargetException e) {
        // the process is about to end; its next signal ends it the JVM's way
      }
    }
  }
}
