package org.counterclaim.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests a well-behaved client refuses to send: any method, any bytes in the
 * target and in headers, headers of any size.
 */
final class RawHttp {

  /** A reply: status, headers by lower-case name, body as text. */
  record Reply(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code METHOD target HTTP/1.1} with the headers (values written as UTF-8) and no body; with
   * {@code Host: 127.0.0.1} unless the headers name another host.
   */
  static Reply send(int port, String method, String target, Map<String, String> headers) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    boolean hostGiven = headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Host"));
    request.writeBytes((method + " " + target + " HTTP/1.1\r\n" + (hostGiven ? "" : "Host: 127.0.0.1\r\n")
        + "Connection: close\r\n").getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> h : headers.entrySet()) {
      request.writeBytes((h.getKey() + ": " + h.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    return sendBytes(port, request.toByteArray(), "HEAD".equals(method));
  }

  /** Sends these bytes as they are and reads the answer until the server closes the connection. */
  static Reply sendBytes(int port, byte[] request, boolean head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return parse(readAll(socket.getInputStream()), head);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (java.net.SocketException e) {
      throw new IOException("the server reset the connection", e); // no answer at all is a failure too
    }
  }

  private static Reply parse(byte[] raw, boolean head) {
    int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (split < 0) {
      throw new IllegalStateException("no complete HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(raw, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
    List<String> encoding = headers.get("transfer-encoding");
    if (!head && encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
      body = dechunk(body);
    }
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
