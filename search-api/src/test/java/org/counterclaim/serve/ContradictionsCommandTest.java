package org.counterclaim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.counterclaim.testing.TestFiles;
import org.counterclaim.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code contradictions --index PATH --format json} prints the groups as the contract says. */
class ContradictionsCommandTest {

  @TempDir
  Path work;

  @Test
  void prints_a_json_array_of_groups_with_the_contract_fields() throws Exception {
    Path index = work.resolve("index");
    TestIndexes.build(index, TestFiles.corpus());
    StringWriter out = new StringWriter();
    CommandLine cli = Counterclaim.commandLine();
    cli.setOut(new PrintWriter(out, true));
    assertEquals(0, cli.execute("contradictions", "--index", index.toString(), "--format", "json"));
    JsonNode groups = new ObjectMapper().readTree(out.toString());
    assertTrue(groups.isArray());
    JsonNode raqqa = groups.get(0);
    assertEquals("Raqqa", raqqa.get("event").get("location").asText());
    JsonNode claim = raqqa.get("claims").get(0);
    for (String field : new String[] {"file", "doc_id", "min", "max", "category", "claimant", "speaker", "stance",
        "date", "text", "start", "end"}) {
      assertTrue(claim.has(field), field);
    }
    assertEquals(6, groups.size()); // Raqqa killed, Raqqa injured, Raqqa casualties, Mansourah, Mosul, Syria
  }

  @Test
  void a_missing_index_is_a_usage_error() {
    CommandLine cli = Counterclaim.commandLine();
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(2, cli.execute("contradictions", "--index", work.resolve("none").toString()));
  }
}
