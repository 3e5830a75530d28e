package org.dossier.installation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an import spent its time: wall-clock and CPU time per stage, summed over the threads that
 * ran it (parser threads overlap, so the stages' wall times may add up to more than the import's).
 */
public final class ImportStages {
  /** The stages of importing one file, in the order a file goes through them. */
  public enum Stage {
    /**
     * Reading the bytes, hashing them and looking the hash up in the catalogue (parser threads).
     */
    READ_AND_HASH,
    /** Parsing the document into a record and clean text (parser threads). */
    PARSE,
    /** Writing and syncing the original in the file store (parser and writer threads). */
    FILE_STORE,
    /** Cataloguing batches of versions, one transaction each (writer thread). */
    CATALOGUE,
    /** Reading changed documents back from the catalogue for the index (writer thread). */
    INDEX_READ,
    /** Analysing and adding documents to the index, visibly to searches (writer thread). */
    INDEX_WRITE,
    /** Committing the index, which makes its updates durable (writer thread). */
    INDEX_COMMIT,
    /** The writer waiting for the parsers to hand over the next file. */
    WRITER_WAIT
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Stage, LongAdder> wall = new EnumMap<>(Stage.class);
  private final Map<Stage, LongAdder> cpu = new EnumMap<>(Stage.class);

  /** No time measured yet; also what a summary received from another process carries. */
  public ImportStages() {
    for (Stage stage : Stage.values()) {
      wall.put(stage, new LongAdder());
      cpu.put(stage, new LongAdder());
    }
  }

  /** The wall-clock time spent in {@code stage}, summed over threads. */
  public Duration wall(Stage stage) {
    return Duration.ofNanos(wall.get(stage).sum());
  }

  /** The CPU time spent in {@code stage}, summed over threads. */
  public Duration cpu(Stage stage) {
    return Duration.ofNanos(cpu.get(stage).sum());
  }

  /** Starts timing work on the current thread; stop it on the same thread. */
  Timer start() {
    return new Timer(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
  }

  /** A stage being timed on one thread. */
  final class Timer {
    private final long wallStart;
    private final long cpuStart;

    private Timer(long wallStart, long cpuStart) {
      this.wallStart = wallStart;
      this.cpuStart = cpuStart;
    }

    /** Adds the time since the start to {@code stage}; returns a timer starting now. */
    Timer stop(Stage stage) {
      Timer now = start();
      wall.get(stage).add(now.wallStart - wallStart);
      cpu.get(stage).add(now.cpuStart - cpuStart);
      return now;
    }
  }
}
