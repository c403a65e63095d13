package org.counterclaim.api;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.ingest.ContentHash;
import org.counterclaim.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/documents/{id}/file}: the original file a document was read from (for an attachment, the e-mail
 * or archive that holds it), always as a download ({@code Content-Disposition: attachment}, served as
 * {@code application/octet-stream}), never rendered in the browser: an HTML or SVG file from a source could
 * otherwise run its scripts on this site. Only files the index holds are served, and only while they are what was
 * indexed (same SHA-256): a file that changed since is a 409, one that is gone a 404.
 */
final class OriginalFileController {

  private static final Logger LOG = LoggerFactory.getLogger(OriginalFileController.class);

  private final SearchService service;

  OriginalFileController(SearchService service) {
    this.service = service;
  }

  void download(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!ContentHash.isId(id)) {
      throw new NotFoundResponse("no document with id '" + DocumentController.abbreviate(id) + "'");
    }
    SearchService.OriginalFile original = service.original(id)
        .orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'"));
    Path file = Path.of(original.file());
    if (!Files.isRegularFile(file)) {
      throw new NotFoundResponse("the original file is no longer at " + original.path()
          + "; the index still holds its text");
    }
    if (original.sha256() != null && !original.sha256().equals(sha256(file))) {
      throw new ConflictResponse("the file at " + original.path() + " changed since it was indexed; index the"
          + " folder again to download it");
    }
    ctx.header("Content-Disposition", disposition(file.getFileName().toString()));
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Length", Long.toString(Files.size(file)));
    ctx.contentType("application/octet-stream");
    LOG.info("original of {} downloaded: {}", id, original.path());
    ctx.result(Files.newInputStream(file));
  }

  private static String sha256(Path file) {
    try {
      return ContentHash.sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** {@code attachment} with an ASCII name for old clients and the exact name (RFC 5987) for the others. */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
  }
}
