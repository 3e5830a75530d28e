package org.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher against the generator, which knows which versions belong together. Every version is
 * put with its symbol removed, in a shuffled order: the matcher alone decides what goes together,
 * among many documents of the same body, session, agenda item and date.
 */
class ProvisionalMatchingCorpusTest {
  private static final int DOCUMENTS = 100;

  @TempDir Path directory;

  /** How the versions of a corpus ended up, against the truth. */
  record Outcome(int generated, int catalogued, List<String> wrongMerges) {}

  @Test
  void noVersionsOfDifferentDocumentsAreEverMerged() {
    for (long seed = 1; seed <= 3; seed++) {
      Outcome outcome = catalogueWithoutSymbols(seed);

      assertThat(outcome.wrongMerges()).as("wrong merges with seed %d", seed).isEmpty();
    }
  }

  @Test
  void mostVersionsFindTheirDocument() {
    Outcome outcome = catalogueWithoutSymbols(42);

    // Each generated document would ideally be one catalogued document. Those left apart are
    // twins the facts cannot tell apart (or versions that arrived before any twin was decided).
    assertThat(outcome.catalogued()).isLessThanOrEqualTo(outcome.generated() * 13 / 10);
  }

  private Outcome catalogueWithoutSymbols(long seed) {
    List<GeneratedDocument> documents = new CorpusGenerator(seed).documents(DOCUMENTS).toList();
    List<VersionInput> inputs = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      for (GeneratedVersion version : documents.get(d).versions()) {
        inputs.add(withoutSymbol(version, "doc" + d + "/" + version.language().code()));
      }
    }
    Collections.shuffle(inputs, new Random(seed));
    Path location = directory.resolve("seed-" + seed);
    try (Catalogue catalogue = Catalogue.open(location)) {
      catalogue.putAll(inputs);
      List<String> wrong = new ArrayList<>();
      int catalogued = 0;
      List<CataloguedDocument> page = catalogue.documents(DocumentFilter.ALL, 0, 100);
      while (!page.isEmpty()) {
        for (CataloguedDocument document : page) {
          catalogued++;
          Set<String> origins = new TreeSet<>();
          for (CataloguedVersion version : catalogue.currentVersions(document.id())) {
            String source = version.record().source();
            origins.add(source.substring(0, source.indexOf('/')));
          }
          if (origins.size() > 1) {
            wrong.add(document.key() + " holds versions of " + origins);
          }
        }
        page = catalogue.documents(DocumentFilter.ALL, page.getLast().id(), 100);
      }
      return new Outcome(documents.size(), catalogued, wrong);
    }
  }

  private static VersionInput withoutSymbol(GeneratedVersion version, String source) {
    DocumentRecord stripped = version.truthWithoutSymbols(source);
    byte[] bytes = (source + "\n" + version.text()).getBytes(StandardCharsets.UTF_8);
    return new VersionInput(
        stripped, version.text(), OriginalFile.of(bytes, source + ".txt", "text/plain"));
  }
}
