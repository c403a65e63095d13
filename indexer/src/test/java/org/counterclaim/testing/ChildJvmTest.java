package org.counterclaim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

  @Test
  void runsTheIndexCommandInAJvmOfItsOwn(@TempDir Path tmp) throws Exception {
    Path log = tmp.resolve("child.log");
    Process p = ChildJvm.start("256m", IndexMain.class, List.of("--help"), log);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
    assertEquals(0, p.exitValue(), Files.readString(log));
    assertTrue(Files.readString(log).contains("--retry-failed"), Files.readString(log));
  }
}
