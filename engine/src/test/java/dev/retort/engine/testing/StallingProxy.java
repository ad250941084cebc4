package dev.retort.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP server on an ephemeral port of 127.0.0.1 that accepts connections and then goes silent, the way a hung
 * server or a dropped network path looks to a client: it never closes a connection and never answers.
 *
 * <p>{@link #silent()} never forwards anything. {@link #stallingOn} forwards every connection to a real
 * server, so the handshake and login pass, until the client sends bytes holding a marker, in any case (a
 * catalog query's {@code pg_catalog}, say); that request and everything after it goes nowhere, either way.
 */
public final class StallingProxy implements AutoCloseable {
  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final byte[] marker;
  private final List<Socket> sockets = new ArrayList<>();
  private volatile boolean stalled;

  private StallingProxy(String targetHost, int targetPort, String marker) throws IOException {
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.marker = marker == null ? null : marker.getBytes(StandardCharsets.UTF_8);
    this.stalled = marker == null;
    Thread acceptor = new Thread(this::accept, "stalling-proxy-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Accepts and never answers. */
  public static StallingProxy silent() throws IOException {
    return new StallingProxy(null, 0, null);
  }

  /**
   * Forwards to the server of {@code jdbcUrl} ({@code jdbc:postgresql://host:port/...}) until the client
   * sends {@code marker}.
   */
  public static StallingProxy stallingOn(String jdbcUrl, String marker) throws IOException {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return new StallingProxy(uri.getHost(), uri.getPort(), marker);
  }

  public int port() {
    return server.getLocalPort();
  }

  /** The URL of {@code jdbcUrl} with its host and port replaced by the proxy's. */
  public String url(String jdbcUrl) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return "jdbc:" + uri.getScheme() + "://127.0.0.1:" + port() + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /** Whether a client has sent the marker (always, for a silent proxy). */
  public boolean stalled() {
    return stalled;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        keep(client);
        if (targetHost != null) {
          Socket upstream = new Socket();
          upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
          keep(upstream);
          pump(client, upstream, true);
          pump(upstream, client, false);
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  private synchronized void keep(Socket socket) {
    sockets.add(socket);
  }

  private void pump(Socket from, Socket to, boolean fromClient) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16384];
      byte[] seen = new byte[0];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (fromClient && !stalled) {
            seen = tail(seen, buffer, n);
            stalled = contains(seen, marker);
          }
          if (stalled) {
            continue; // swallowed: the other side waits for ever
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // a side closed: the test is over
      }
    }, "stalling-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  /** The last bytes seen, enough to find a marker that straddles two reads. */
  private byte[] tail(byte[] seen, byte[] buffer, int n) {
    int keep = Math.min(seen.length, marker.length);
    byte[] joined = new byte[keep + n];
    System.arraycopy(seen, seen.length - keep, joined, 0, keep);
    System.arraycopy(buffer, 0, joined, keep, n);
    return joined;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (Character.toLowerCase(haystack[i + j]) != Character.toLowerCase(needle[j])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public synchronized void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
