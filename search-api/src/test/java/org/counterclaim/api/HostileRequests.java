package org.counterclaim.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Hostile requests to every endpoint, each with the statuses it may get: numbers that are huge, negative or not
 * numbers, Lucene syntax, odd Unicode (RTL marks, combining marks, NUL, emoji, lone surrogates percent-encoded),
 * path tricks in ids, other methods and odd headers. Seeded: the same requests on every run.
 */
final class HostileRequests {

  /** One request and what it may get back (any status under 500 when {@code expected} is empty). */
  record Probe(String method, String target, Map<String, String> headers, Set<Integer> expected) {
    Probe(String target, Set<Integer> expected) {
      this("GET", target, Map.of(), expected);
    }

    @Override
    public String toString() {
      String shown = target.length() > 200 ? target.substring(0, 200) + "…(" + target.length() + ")" : target;
      return method + " " + shown + (headers.isEmpty() ? "" : " " + headers.entrySet().stream()
          .map(h -> h.getKey() + ": " + (h.getValue().length() > 40 ? h.getValue().substring(0, 40) + "…" : h.getValue()))
          .toList());
    }
  }

  static final String NO_SUCH_ID = "0123456789abcdef";
  static final Set<Integer> OK = Set.of(200);
  static final Set<Integer> BAD = Set.of(400);
  static final Set<Integer> NOT_FOUND = Set.of(404);
  static final Set<Integer> OK_OR_BAD = Set.of(200, 400);
  static final Set<Integer> ANY = Set.of();

  static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "-99999999999", "99999999999999999999",
      "2147483647", "2147483648", "-2147483648", "9223372036854775807", "9223372036854775808", "1e9", "1e309",
      "NaN", "Infinity", "0x10", "1.5", " 1", "+1", "١", "１", "00000000000000000001", "1%00", "\u202e1");
  /** Odd text: RTL marks, combining marks, NUL, emoji, BOM, noncharacters, markup, SQL. */
  static final List<String> ODD_TEXT = List.of("\u200f\u202eRaqqa", "e" + "\u0301".repeat(200), "\u0000", "a\u0000b",
      "👩‍👩‍👧‍👦", "\uFEFF", "\uFFFF", "\uFFFD", "ﬁ", "<script>alert(1)</script>", "'; DROP TABLE x; --", "%", "\\",
      "\u2028\u2029", "Ｒａｑｑａ", "𝐑𝐚𝐪𝐪𝐚", " ", "\t\n");
  /** Already percent-encoded: lone surrogates as CESU/UTF-8 bytes, overlong dots, bad escapes, raw NUL. */
  static final List<String> RAW_ENCODED = List.of("%ED%A0%80", "%ED%BF%BF", "%ED%A0%80%ED%B0%80", "%C0%AE%C0%AE",
      "%C0%80", "%FF%FE", "%uD800", "%", "%%", "%zz", "%0", "%00", "%E2%80%AE", "%F0%9F%98", "%80");
  static final String[] LUCENE = {"Raqqa", "killed", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":",
      "AND", "OR", "NOT", "&&", "||", "!", "-", "+", "/", "\\", "title:", "date:", "year:", "killed:", "[1 TO *]",
      "{2018 TO 2019}", "date:[x TO y]", "~0.5", "^10", "/re.*x/", "\"civilian deaths\"~3", "killed:[100 TO 5]",
      "a*", "*a", "?a", "text:/.*/", "id:*", "TO", "killed:[-1 TO 99999999999999999999]", "\u0000"};
  static final List<String> IDS = List.of("..", "...", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f",
      "%2e%2e", "..%5c..%5cwindows", "..\\..\\boot.ini", "%2Fetc%2Fpasswd", "C:%5CWindows%5Cwin.ini",
      "file:%2F%2F%2Fetc%2Fpasswd", "~root", "%c0%ae%c0%ae%2f", NO_SUCH_ID, "0123456789ABCDEF", "0123456789abcde",
      "0123456789abcdef0", "%00", "%20", "a".repeat(5_000), "%E2%80%AE" + NO_SUCH_ID, NO_SUCH_ID + "%00", ";", "*");
  static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND",
      "FOO", "get");

  private HostileRequests() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Every parameter of every endpoint with hostile values; {@code docId} is a document of the index. */
  static List<Probe> parameters(String docId, String groupId) {
    List<Probe> probes = new ArrayList<>();
    for (String n : NUMBERS) {
      String v = encode(n);
      probes.add(new Probe("/api/search?page=" + v, intStatus(n, 1, 1_000)));
      probes.add(new Probe("/api/search?size=" + v, intStatus(n, 1, 100)));
      probes.add(new Probe("/api/search?figure_min=" + v, longStatus(n)));
      probes.add(new Probe("/api/search?figure_max=" + v, longStatus(n)));
      probes.add(new Probe("/api/documents/" + docId + "?offset=" + v, intStatus(n, 0, Integer.MAX_VALUE)));
      probes.add(new Probe("/api/documents/" + docId + "?length=" + v, intStatus(n, 1, 500_000)));
      probes.add(new Probe("/api/contradictions?page=" + v, intStatus(n, 1, 10_000)));
      probes.add(new Probe("/api/contradictions?size=" + v, intStatus(n, 1, 100)));
    }
    probes.add(new Probe("/api/search?page=1000&size=11", BAD));
    probes.add(new Probe("/api/search?figure_min=5&figure_max=1", OK));
    for (String odd : ODD_TEXT) {
      String v = encode(odd);
      probes.add(new Probe("/api/search?sort=" + v, BAD));
      probes.add(new Probe("/api/search?figure_category=" + v, odd.isBlank() ? OK : BAD));
      probes.add(new Probe("/api/contradictions?category=" + v, odd.isBlank() ? OK : BAD));
      probes.add(new Probe("/api/contradictions/" + groupId + "/export?format=" + v, BAD));
      probes.add(new Probe("/api/search?q=" + v, OK_OR_BAD));
      probes.add(new Probe("/api/contradictions?q=" + v + "&location=" + v, OK_OR_BAD));
      probes.add(new Probe("/api/search?publisher=" + v + "&person=" + v + "&figure_range=" + v, OK));
      probes.add(new Probe("/api/facets?x=" + v, OK));
      probes.add(new Probe("/api/health?" + v + "=" + v, OK));
      probes.add(new Probe("/api/index?" + v, OK));
    }
    for (String raw : RAW_ENCODED) {
      probes.add(new Probe("/api/search?q=" + raw, ANY));
      probes.add(new Probe("/api/search?" + raw + "=1", ANY));
      probes.add(new Probe("/api/contradictions?location=" + raw, ANY));
      probes.add(new Probe("/api/documents/" + docId + "?offset=" + raw, ANY));
    }
    for (String dim : List.of("type", "publisher", "year", "month", "official", "person", "organization", "place",
        "category", "claimant", "victims", "figure_range", "language", "format")) {
      probes.add(new Probe("/api/search?" + dim + "=" + encode("x".repeat(3_000)), OK));
    }
    StringBuilder many = new StringBuilder("/api/search?q=Raqqa");
    for (int i = 0; i < 51; i++) {
      many.append("&place=p").append(i);
    }
    probes.add(new Probe(many.toString(), BAD));
    probes.add(new Probe("/api/search?q=" + "x".repeat(5_000), BAD));
    probes.add(new Probe("/api/search?q=" + "Raqqa%20".repeat(14_000), Set.of(414))); // 100 KB: Jetty's URI cap
    return probes;
  }

  /** Random Lucene syntax, seeded, for search and contradictions. */
  static List<Probe> lucene(long seed, int count) {
    Random random = new Random(seed);
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder q = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        q.append(LUCENE[random.nextInt(LUCENE.length)]).append(random.nextBoolean() ? " " : "");
      }
      String target = random.nextBoolean() ? "/api/search?q=" : "/api/contradictions?q=";
      probes.add(new Probe(target + encode(q.toString()), OK_OR_BAD));
    }
    return probes;
  }

  /** Path tricks as ids of documents and groups: never a file, never a 500; 404, or 400 from Jetty's URI checks. */
  static List<Probe> ids() {
    List<Probe> probes = new ArrayList<>();
    for (String id : IDS) {
      for (String route : List.of("/api/documents/%s", "/api/contradictions/%s", "/api/contradictions/%s/export")) {
        probes.add(new Probe(String.format(route, id), Set.of(400, 404)));
      }
    }
    probes.add(new Probe("/api/documents//etc/passwd", NOT_FOUND));
    probes.add(new Probe("/api/documents/" + NO_SUCH_ID + "/../../../etc/passwd", Set.of(400, 404)));
    probes.add(new Probe("/api/documents/" + "a".repeat(20_000), Set.of(414)));
    return probes;
  }

  /** Every method but the right ones on every route: 405 (a write without its token: 401). */
  static List<Probe> methods(String docId, String groupId) {
    List<Probe> probes = new ArrayList<>();
    List<String> routes = List.of("/api/search", "/api/facets", "/api/health", "/api/openapi.json",
        "/api/documents/" + docId, "/api/contradictions", "/api/contradictions/" + groupId,
        "/api/contradictions/" + groupId + "/export", "/api/index");
    for (String route : routes) {
      for (String method : METHODS) {
        boolean write = route.equals("/api/index") && method.equals("POST");
        probes.add(new Probe(method, route, Map.of(), Set.of(write ? 401 : 405)));
      }
      probes.add(new Probe("HEAD", route, Map.of(), OK)); // every route reads: HEAD is GET without the body
    }
    return probes;
  }

  /**
   * Odd headers: foreign origins (refused with a 403 when CORS is on for https://newsroom.example, ignored when it
   * is off), huge and many headers, control characters (Jetty's 400), bad credentials on reads and on the write.
   */
  static List<Probe> headers(String token, boolean cors) {
    List<Probe> probes = new ArrayList<>();
    for (String origin : List.of("https://evil.example", "https://newsroom.example.evil.example",
        "http://newsroom.example", "https://newsroom.example:8443", "http://127.0.0.1:1")) {
      probes.add(new Probe("GET", "/api/search?q=Raqqa", Map.of("Origin", origin), cors ? Set.of(403) : OK));
      probes.add(new Probe("OPTIONS", "/api/search", Map.of("Origin", origin,
          "Access-Control-Request-Method", "GET"), Set.of(cors ? 403 : 405)));
    }
    for (String origin : List.of("null", "x".repeat(4_000), "http://127.0.0.1", "file://", "https://")) {
      probes.add(new Probe("GET", "/api/search?q=Raqqa", Map.of("Origin", origin), OK));
    }
    probes.add(new Probe("GET", "/api/search?q=Raqqa", Map.of("Origin", "\u0000"), BAD));
    probes.add(new Probe("GET", "/api/health", Map.of("X-Odd", "a\u0001b"), BAD));
    probes.add(new Probe("GET", "/api/search", Map.of("X-Big", "x".repeat(20_000)), Set.of(431)));
    Map<String, String> hundred = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      hundred.put("X-H" + i, "v" + i);
    }
    probes.add(new Probe("GET", "/api/health", hundred, OK));
    probes.add(new Probe("GET", "/api/health", Map.of("X-Odd", "é\u202e👩‍👩‍👧"), OK));
    for (String auth : List.of("", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + token.substring(1),
        "Bearer " + token + "x", "Token " + token, token, "Bearer " + "x".repeat(6_000), "Bearer \u00e9" + token,
        "Bearer " + token.toUpperCase(java.util.Locale.ROOT), "Bearer " + token + " " + token)) {
      probes.add(new Probe("GET", "/api/search?q=Raqqa", Map.of("Authorization", auth), OK));
      probes.add(new Probe("POST", "/api/index", Map.of("Authorization", auth), Set.of(401)));
    }
    probes.add(new Probe("POST", "/api/index", Map.of("Content-Length", "100000000"), Set.of(401, 413)));
    return probes;
  }

  private static Set<Integer> intStatus(String value, int min, int max) {
    try {
      int v = Integer.parseInt(value);
      return v >= min && v <= max ? OK : BAD;
    } catch (NumberFormatException e) {
      return BAD;
    }
  }

  private static Set<Integer> longStatus(String value) {
    try {
      return Long.parseLong(value) >= 0 ? OK : BAD;
    } catch (NumberFormatException e) {
      return BAD;
    }
  }
}
