package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing by link on a local disk: what stays beside the output, and what goes. */
class OutputFolderTest {

  @TempDir
  Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  private Path runs() {
    return dir.resolve(".out.runs");
  }

  /** A whole run: staged, one file written, published. */
  private void publish(String runId, String content) throws IOException {
    OutputFolder folder = OutputFolder.stage(FileSource.local(), out().toString(), runId);
    try (OutputStream table = folder.create("table.csv")) {
      table.write(content.getBytes(StandardCharsets.UTF_8));
    }
    folder.publish();
  }

  private List<String> runFolders() throws IOException {
    try (Stream<Path> entries = Files.list(runs())) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void keepsThePublishedRunAndTheOneBeforeIt() throws IOException {
    publish("20260101T000000Z-aaaaaaaa", "first");
    publish("20260102T000000Z-bbbbbbbb", "second");
    publish("20260103T000000Z-cccccccc", "third");
    assertThat(Files.readString(out().resolve("table.csv"))).isEqualTo("third");
    assertThat(runFolders()).containsExactly("20260102T000000Z-bbbbbbbb", "20260103T000000Z-cccccccc");
  }

  @Test
  void aDeadRunsUnpublishedFolderGoesAndTheRunPublishedBeforeStays() throws IOException {
    publish("20260101T000000Z-aaaaaaaa", "first");
    publish("20260102T000000Z-bbbbbbbb", "second");
    // A run killed after moving its staging folder into place, before swapping the link: a complete
    // folder, newer than the published run, that was never published.
    Path dead = Files.createDirectories(runs().resolve("20260103T000000Z-cccccccc"));
    Files.writeString(dead.resolve("table.csv"), "never published");

    publish("20260104T000000Z-dddddddd", "fourth");
    assertThat(Files.readString(out().resolve("table.csv"))).isEqualTo("fourth");
    assertThat(runFolders()).as("the new run and the one published before it")
        .containsExactly("20260102T000000Z-bbbbbbbb", "20260104T000000Z-dddddddd");
    assertThat(Files.readString(runs().resolve("20260102T000000Z-bbbbbbbb/table.csv"))).isEqualTo("second");
  }

  @Test
  void theRunBeforeIsTheOneTheLinkPointedToWhateverItsName() throws IOException {
    // A run's id is the time it started, before it took the lock: a run that started first may take
    // the lock, and publish, second, with the older name.
    publish("20260102T000000Z-bbbbbbbb", "started second, published first");
    publish("20260101T000000Z-aaaaaaaa", "started first, published second");
    publish("20260103T000000Z-cccccccc", "third");
    assertThat(runFolders()).containsExactly("20260101T000000Z-aaaaaaaa", "20260103T000000Z-cccccccc");
  }

  @Test
  void whatARunKilledJustAfterItsSwapLeftGoesWithTheNextPublish() throws IOException {
    publish("20260101T000000Z-aaaaaaaa", "first");
    publish("20260102T000000Z-bbbbbbbb", "second");
    // Killed after its link was swapped in, before it removed the run before the previous one.
    Path third = Files.createDirectories(runs().resolve("20260103T000000Z-cccccccc"));
    Files.writeString(third.resolve("table.csv"), "third");
    Path link = dir.resolve(".out.link-x");
    Files.createSymbolicLink(link, dir.relativize(third));
    Files.move(link, out(), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // And one that died while building.
    Files.createDirectories(runs().resolve("20260104T000000Z-dddddddd.staging/internal"));

    publish("20260105T000000Z-eeeeeeee", "fifth");
    assertThat(runFolders()).containsExactly("20260103T000000Z-cccccccc", "20260105T000000Z-eeeeeeee");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".link-"));
    }
  }
}
