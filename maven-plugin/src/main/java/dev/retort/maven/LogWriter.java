package dev.retort.maven;

import java.io.PrintWriter;
import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/**
 * What Retort prints, line by line into Maven's log: its {@code warning: } lines as warnings, the rest as
 * information.
 */
final class LogWriter extends Writer {
  private static final String WARNING = "warning: ";

  private final Log log;
  private final StringBuilder line = new StringBuilder();

  private LogWriter(Log log) {
    this.log = log;
  }

  static PrintWriter to(Log log) {
    return new PrintWriter(new LogWriter(log), true);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    if (text.startsWith(WARNING)) {
      log.warn(text.substring(WARNING.length()));
    } else {
      log.info(text);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    if (line.length() > 0) {
      emit();
    }
  }
}
