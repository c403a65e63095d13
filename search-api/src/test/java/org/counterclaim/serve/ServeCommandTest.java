package org.counterclaim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.counterclaim.api.AccessPolicy;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command is closed by default: this machine only, read-only; a write token never on the command line. */
class ServeCommandTest {

  @TempDir
  Path work;

  private ServeCommand parse(String... args) {
    ServeCommand command = new ServeCommand();
    command.environment = Map.of();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  private static String host(ServeCommand.Running running) {
    return ((ServerConnector) running.app().jettyServer().server().getConnectors()[0]).getHost();
  }

  @Test
  void binds_127_0_0_1_and_reads_only_unless_told_otherwise() throws Exception {
    ServeCommand command = parse("--index", work.resolve("index").toString(), "--port", "0");
    AccessPolicy access = command.access();
    assertFalse(access.writable());
    assertEquals(java.util.List.of(), access.corsOrigins());
    try (ServeCommand.Running running = command.start(access)) {
      assertEquals("127.0.0.1", host(running));
      int port = running.app().port();
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      Optional<InetAddress> outside = nonLoopbackAddress();
      if (outside.isPresent()) { // the machine's other address cannot reach the server: refused (or dropped)
        try (Socket socket = new Socket()) {
          assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(outside.get(), port), 2_000));
        }
      }
    }
    ServeCommand told = parse("--index", work.resolve("index").toString(), "--port", "0", "--host", "localhost");
    try (ServeCommand.Running running = told.start(told.access())) {
      assertEquals("localhost", host(running));
    }
  }

  @Test
  void answers_to_the_names_it_is_given_and_the_name_it_binds() {
    assertEquals(java.util.List.of(), parse("--index", "x").hostNames());
    assertEquals(java.util.List.of(), parse("--index", "x", "--host", "localhost").hostNames());
    assertEquals(java.util.List.of(), parse("--index", "x", "--host", "0.0.0.0").hostNames());
    assertEquals(java.util.List.of("newsroom.internal", "desk.lan"),
        parse("--index", "x", "--allowed-host", "newsroom.internal", "--host", "desk.lan").hostNames());
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress() && nic.isUp()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void the_write_token_comes_from_the_environment_or_a_file() throws IOException {
    ServeCommand fromEnvironment = parse("--index", work.toString());
    fromEnvironment.environment = Map.of(ServeCommand.TOKEN_ENV, "  from-the-environment-42\n");
    assertEquals("from-the-environment-42", fromEnvironment.access().writeToken());

    Path file = Files.writeString(work.resolve("token"), "from-a-file-0123456789\n");
    ServeCommand fromFile = parse("--write-token-file", file.toString(), "--cors-origin", "https://newsroom.example",
        "--cors-origin", "http://localhost:8080");
    fromFile.environment = Map.of(ServeCommand.TOKEN_ENV, "the-file-wins-over-this");
    AccessPolicy access = fromFile.access();
    assertEquals("from-a-file-0123456789", access.writeToken());
    assertEquals(java.util.List.of("https://newsroom.example", "http://localhost:8080"), access.corsOrigins());
  }

  @Test
  void a_short_token_or_a_bad_origin_is_a_usage_error_and_no_option_takes_the_token_itself() throws IOException {
    Path shortToken = Files.writeString(work.resolve("short"), "tooshort");
    CommandLine.ParameterException tooShort = assertThrows(CommandLine.ParameterException.class,
        () -> parse("--write-token-file", shortToken.toString()).access());
    assertEquals("the write token must be at least 16 characters, letters, digits and punctuation only (no spaces)",
        tooShort.getMessage());
    assertThrows(CommandLine.ParameterException.class, () -> parse("--cors-origin", "*").access());
    assertThrows(CommandLine.UnmatchedArgumentException.class, () -> parse("--write-token", "from-the-command-line"));
  }

  @Test
  void only_loopback_addresses_count_as_this_machine() {
    assertTrue(ServeCommand.isLoopback("127.0.0.1"));
    assertTrue(ServeCommand.isLoopback("::1"));
    assertTrue(ServeCommand.isLoopback("localhost"));
    assertFalse(ServeCommand.isLoopback("0.0.0.0"));
    assertFalse(ServeCommand.isLoopback("192.0.2.1"));
  }
}
