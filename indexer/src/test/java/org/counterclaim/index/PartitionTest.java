package org.counterclaim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.counterclaim.cli.IndexCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PartitionTest {

  @Test
  void every_file_belongs_to_exactly_one_worker_and_shares_are_even() {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int i = 0; i < 3_000; i++) {
      String file = "/data/leak/folder-" + (i % 17) + "/file-" + i + ".pdf";
      int owners = 0;
      for (int k = 1; k <= 4; k++) {
        if (new Partition(k, 4).contains(file)) {
          owners++;
          counts.merge(k, 1, Integer::sum);
        }
      }
      assertEquals(1, owners, file);
      assertTrue(Partition.ALL.contains(file));
    }
    counts.values().forEach(n -> assertTrue(n > 600 && n < 900, "share " + n + " of 3,000 for 4 workers"));
  }

  @Test
  void worker_is_read_as_k_of_n() {
    assertEquals(new Partition(2, 4), Partition.parse(" 2/4 "));
    assertEquals("2/4", Partition.parse("2/4").toString());
    assertThrows(IllegalArgumentException.class, () -> Partition.parse("0/4"));
    assertThrows(IllegalArgumentException.class, () -> Partition.parse("5/4"));
    assertThrows(IllegalArgumentException.class, () -> Partition.parse("two of four"));
  }

  @Test
  void worker_without_solr_is_a_usage_error() {
    assertEquals(2, new CommandLine(new IndexCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("corpus", "--worker", "1/2"));
    assertEquals(2, new CommandLine(new IndexCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("corpus", "--solr", "zk:2181", "--worker", "3/2"));
    assertEquals(2, new CommandLine(new IndexCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("corpus", "--solr", "zk:2181/", "--collection", "bad name"));
  }

  @Test
  void help_documents_solr_and_workers() {
    String help = new CommandLine(new IndexCommand()).getUsageMessage();
    assertTrue(help.contains("--solr=ZKHOST[/CHROOT]"), help);
    assertTrue(help.contains("--worker=K/N"), help);
    assertTrue(help.contains("--collection=NAME") && help.contains("--shards=N") && help.contains("--replicas=N"));
  }
}
