package org.dossier.installation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;

/**
 * Writes a generated corpus as files, the way documents arrive: every language version of every
 * document in one of the formats people send (plain text in its own encoding, Markdown, HTML,
 * Word), rotating so that each language meets each format. The same seed writes the same bytes.
 */
public final class DemoCorpus {
  /** The seed of the demo corpus. */
  public static final long SEED = 43;

  private static final List<Format> FORMATS =
      List.of(Format.TXT, Format.MARKDOWN, Format.HTML, Format.DOCX);

  private DemoCorpus() {}

  /**
   * Writes {@code documents} documents of the corpus of {@code seed} into {@code directory}, unless
   * it already exists. The files are written into a sibling folder first and moved in place when
   * complete, so a directory that exists is always whole.
   *
   * @return whether the corpus was written (false: it was already there)
   */
  public static boolean writeIfAbsent(Path directory, int documents, long seed) {
    if (Files.isDirectory(directory)) {
      return false;
    }
    Path partial = directory.resolveSibling(directory.getFileName() + ".partial");
    Installation.deleteRecursively(partial);
    try {
      write(partial, documents, seed);
      Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new InstallationException(
          "Cannot write the demo corpus into " + directory + ": " + Reasons.of(e), e);
    }
    return true;
  }

  /** Writes the corpus into {@code directory}; returns the number of files written. */
  public static int write(Path directory, int documents, long seed) throws IOException {
    return write(directory, documents, seed, FORMATS);
  }

  /**
   * Writes the corpus into {@code directory} in the given formats, rotating over them; returns the
   * number of files written.
   */
  public static int write(Path directory, int documents, long seed, List<Format> formats)
      throws IOException {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("formats: expected at least one format, got none");
    }
    Files.createDirectories(directory);
    int written = 0;
    int index = 0;
    for (GeneratedDocument document :
        (Iterable<GeneratedDocument>) new CorpusGenerator(seed).documents(documents)::iterator) {
      List<GeneratedVersion> versions = document.versions();
      for (int i = 0; i < versions.size(); i++) {
        Format format = formats.get((index + i) % formats.size());
        GeneratedVersion version = versions.get(i);
        Files.write(directory.resolve(version.fileName(format)), version.render(format));
        written++;
      }
      index++;
    }
    return written;
  }
}
