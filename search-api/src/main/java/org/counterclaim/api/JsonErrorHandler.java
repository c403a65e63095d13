package org.counterclaim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty raises before a request reaches the app (a NUL byte in a path, a URI or header too long, an HTTP/2
 * preface) answer in the API's own shape, {@code {"error", "detail"}}, with the security headers, not as an HTML
 * page or an empty body.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every method gets a body: Jetty's default writes one only for GET, POST and HEAD (a PRI got none). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                  Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    SecurityHeaders.addTo(response.getHeaders());
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    SecurityHeaders.addTo(fields);
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int code, String message) {
    String error = HttpStatus.getMessage(code).toLowerCase(java.util.Locale.ROOT);
    if (code == HttpStatus.UPGRADE_REQUIRED_426) {
      message = "this server speaks HTTP/1.1 only"; // a client that opened with the HTTP/2 preface
    }
    try {
      return JSON.writeValueAsBytes(new ApiError(error, message == null || message.isBlank() ? null : message));
    } catch (JsonProcessingException e) {
      return ("{\"error\":\"" + code + "\",\"detail\":null}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
